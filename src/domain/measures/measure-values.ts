/**
 * One measure's measurements arranged for views: each system's values oldest first, the periods
 * that hold any value, the value of a group of systems (England, a region), and the same measure
 * on calendar quarters so it can stand beside quarterly readiness scores. Every view of measured
 * use (the map, the profile, say and do, the weights toggle) reads measurements through here, so
 * a group's value and a quarter's value are worked out one way everywhere.
 */
import type { Measure, Measurement } from '../feed/feed-schema';
import { parsePeriod, periodOrdinal } from '../periods/period';
import { expectedValue } from './measure-value';
import { rollUpMonths } from './roll-up-months';

export interface MeasureValue {
  system: string;
  period: string;
  numerator: number;
  /** Present for a share or a rate. */
  denominator?: number;
  value: number;
}

export interface MeasureValues {
  measure: Measure;
  /** Periods of this measure that hold at least one value, oldest first. */
  periods: string[];
  /** Each system's values, oldest first; a system without values is absent. */
  bySystem: ReadonlyMap<string, readonly MeasureValue[]>;
}

type MeasureRule = Pick<Measure, 'id' | 'kind' | 'scale'>;

function ordinalOf(id: string): number {
  const period = parsePeriod(id);
  return period === null ? Number.NaN : periodOrdinal(period);
}

function arrange(measure: Measure, rows: readonly MeasureValue[]): MeasureValues {
  const bySystem = new Map<string, MeasureValue[]>();
  const periods = new Set<string>();
  for (const row of rows) {
    const list = bySystem.get(row.system) ?? [];
    list.push(row);
    bySystem.set(row.system, list);
    periods.add(row.period);
  }
  // Each period's place worked out once: parsing the ids inside the sort's comparisons was about
  // 100 ms at a phone's CPU rate on a profile (tens of thousands of comparisons, a dozen periods).
  const ordinals = new Map([...periods].map((id) => [id, ordinalOf(id)]));
  const place = (id: string) => ordinals.get(id) ?? Number.NaN;
  for (const list of bySystem.values()) list.sort((a, b) => place(a.period) - place(b.period));
  const sorted = [...periods].sort((a, b) => place(a) - place(b));
  return { measure, periods: sorted, bySystem };
}

/** The measure's own values, as published (months stay months). */
export function measureValues(
  measure: Measure,
  measurements: readonly Measurement[],
): MeasureValues {
  const rows = measurements
    .filter((row) => row.measure === measure.id)
    .map(({ system, period, numerator, denominator, value }) =>
      denominator === undefined
        ? { system, period, numerator, value }
        : { system, period, numerator, denominator, value },
    );
  return arrange(measure, rows);
}

/** Each system's value in one period; systems without one are absent. */
export function valuesAt(values: MeasureValues, period: string): Map<string, MeasureValue> {
  const at = new Map<string, MeasureValue>();
  for (const [system, list] of values.bySystem) {
    const row = list.find((candidate) => candidate.period === period);
    if (row) at.set(system, row);
  }
  return at;
}

/** The newest period with any value, or null when the measure has none. */
export function latestPeriod(values: MeasureValues): string | null {
  return values.periods.at(-1) ?? null;
}

/**
 * The value of a group of systems (England, a region): a count is the sum; a share or a rate is
 * recomputed from the summed numerators and denominators, never an average of the systems' rates
 * (which would weight a small system like a large one). Null for an empty group.
 */
export function groupValue(measure: MeasureRule, rows: readonly MeasureValue[]): number | null {
  if (rows.length === 0) return null;
  let numerator = 0;
  let denominator = 0;
  for (const row of rows) {
    numerator += row.numerator;
    denominator += row.denominator ?? 0;
  }
  if (measure.kind === 'count') return numerator;
  return denominator > 0 ? expectedValue(measure, numerator, denominator) : null;
}

/**
 * The measure on calendar quarters, to stand beside quarterly scores: a quarterly measure as it
 * is; a monthly one rolled up (a quarter needs all three months, see rollUpMonths); null for a
 * financial-year measure, which does not divide into quarters and so cannot be compared with
 * one quarter's score.
 */
export function quarterlyValues(values: MeasureValues): MeasureValues | null {
  const { measure } = values;
  if (measure.frequency === 'quarter') return values;
  if (measure.frequency !== 'month') return null;
  const rows: MeasureValue[] = [];
  for (const [system, list] of values.bySystem) {
    for (const quarter of rollUpMonths(measure, list)) rows.push({ system, ...quarter });
  }
  return arrange(measure, rows);
}
