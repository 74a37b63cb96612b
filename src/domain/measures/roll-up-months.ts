/**
 * Monthly measurements rolled up to calendar quarters (docs/feed-contract.md): a count is the sum
 * of its three months; a share or a rate is recomputed from the summed numerators and denominators,
 * because averaging monthly rates would weight a small month like a large one. A quarter with
 * fewer than three months is left out rather than shown as if complete.
 */
import type { Measure } from '../feed/feed-schema';
import { parseMonth } from '../periods/month';
import { quarterId } from '../periods/quarter';
import type { QuarterNumber } from '../periods/quarter';
import { expectedValue } from './measure-value';

export interface PeriodValue {
  period: string;
  numerator: number;
  denominator?: number;
}

export interface RolledUp extends PeriodValue {
  value: number;
}

interface Sums {
  months: Set<number>;
  numerator: number;
  denominator: number;
  complete: boolean;
}

export function rollUpMonths(
  measure: Pick<Measure, 'kind' | 'scale'>,
  rows: readonly PeriodValue[],
): RolledUp[] {
  const quarters = new Map<string, Sums>();
  for (const row of rows) {
    const month = parseMonth(row.period);
    if (month === null) continue;
    const quarter = quarterId({
      year: month.year,
      quarter: (Math.floor((month.month - 1) / 3) + 1) as QuarterNumber,
    });
    const sums = quarters.get(quarter) ?? {
      months: new Set<number>(),
      numerator: 0,
      denominator: 0,
      complete: true,
    };
    sums.months.add(month.month);
    sums.numerator += row.numerator;
    if (row.denominator === undefined) sums.complete = false;
    else sums.denominator += row.denominator;
    quarters.set(quarter, sums);
  }
  const divides = measure.kind !== 'count';
  return [...quarters]
    .filter(([, sums]) => sums.months.size === 3 && (!divides || sums.complete))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, sums]) => {
      const denominator = divides ? sums.denominator : undefined;
      const value = expectedValue(measure, sums.numerator, denominator);
      return divides
        ? { period, numerator: sums.numerator, denominator: sums.denominator, value }
        : { period, numerator: sums.numerator, value };
    });
}
