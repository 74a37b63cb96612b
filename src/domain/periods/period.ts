/**
 * Any reporting period the feed may carry: calendar quarters today ("2026-Q2"), months ("2026-04")
 * and financial years ("2026/27") for measured-use data. Code that only needs "the same period a
 * year earlier", bounds or a label calls these, so a new kind of period is added here once.
 */
import {
  financialYearBounds,
  financialYearId,
  financialYearLongLabel,
  financialYearShortLabel,
  parseFinancialYear,
  shiftFinancialYear,
} from './financial-year';
import type { FinancialYear } from './financial-year';
import {
  monthBounds,
  monthId,
  monthLongLabel,
  monthOrdinal,
  monthShortLabel,
  parseMonth,
  shiftMonth,
} from './month';
import type { Month } from './month';
import type { PeriodBounds } from './period-bounds';
import {
  parseQuarter,
  quarterBoundsOf,
  quarterId,
  quarterLongLabel,
  quarterOrdinal,
  quarterShortLabel,
  shiftQuarter,
} from './quarter';
import type { Quarter } from './quarter';

export type Period = Quarter | Month | FinancialYear;
export type PeriodKind = Period['kind'];

/** How many periods of each kind make a year: "a year earlier" is this many steps back. */
export const PERIODS_PER_YEAR: Record<PeriodKind, number> = {
  quarter: 4,
  month: 12,
  'financial-year': 1,
};

export function parsePeriod(id: string): Period | null {
  return parseQuarter(id) ?? parseMonth(id) ?? parseFinancialYear(id);
}

export function periodKind(id: string): PeriodKind | null {
  return parsePeriod(id)?.kind ?? null;
}

export function periodId(period: Period): string {
  switch (period.kind) {
    case 'quarter':
      return quarterId(period);
    case 'month':
      return monthId(period);
    case 'financial-year':
      return financialYearId(period);
  }
}

/** Consecutive integers within one kind (next period = n + 1); kinds do not compare. */
export function periodOrdinal(period: Period): number {
  switch (period.kind) {
    case 'quarter':
      return quarterOrdinal(period);
    case 'month':
      return monthOrdinal(period);
    case 'financial-year':
      return period.startYear;
  }
}

/** The period `by` steps later (earlier when negative), of the same kind. */
export function shiftPeriod(period: Period, by: number): Period {
  switch (period.kind) {
    case 'quarter':
      return shiftQuarter(period, by);
    case 'month':
      return shiftMonth(period, by);
    case 'financial-year':
      return shiftFinancialYear(period, by);
  }
}

export function yearEarlier(period: Period): Period {
  return shiftPeriod(period, -PERIODS_PER_YEAR[period.kind]);
}

/** The id of the same period a year earlier (`2026-Q3` -> `2025-Q3`), or null for a malformed id. */
export function yearEarlierId(id: string): string | null {
  const period = parsePeriod(id);
  return period ? periodId(yearEarlier(period)) : null;
}

export function periodBounds(period: Period): PeriodBounds {
  switch (period.kind) {
    case 'quarter':
      return quarterBoundsOf(period);
    case 'month':
      return monthBounds(period);
    case 'financial-year':
      return financialYearBounds(period);
  }
}

/** "April to June 2026", "April 2026", "April 2026 to March 2027"; other text as it is. */
export function formatPeriod(id: string): string {
  const period = parsePeriod(id);
  if (!period) return id;
  switch (period.kind) {
    case 'quarter':
      return quarterLongLabel(period);
    case 'month':
      return monthLongLabel(period);
    case 'financial-year':
      return financialYearLongLabel(period);
  }
}

/** "Apr–Jun 2026", "Apr 2026", "2026/27", for chart axes; other text as it is. */
export function shortPeriodLabel(id: string): string {
  const period = parsePeriod(id);
  if (!period) return id;
  switch (period.kind) {
    case 'quarter':
      return quarterShortLabel(period);
    case 'month':
      return monthShortLabel(period);
    case 'financial-year':
      return financialYearShortLabel(period);
  }
}
