/**
 * A measure across a change of geography. A system made in April 2026 has values of its own only
 * from April; before that the publisher counted its area as parts of other systems. To draw one
 * line without mixing the two geographies silently, its earlier months are rebuilt from its
 * predecessors through the crosswalk: each predecessor contributes the share of its population
 * the new system took, on the assumption (stated wherever the estimate is shown) that use was
 * spread evenly over that population. A count is the weighted sum of the parts; a share or a
 * rate is recomputed from the weighted numerators and denominators, so it is population-weighted,
 * never a plain average of rates. One missing predecessor makes the month's estimate "cannot be
 * judged": a partial sum would look like a fall in use.
 */
import type { Crosswalk, Measure, System } from '../feed/feed-schema';
import { predecessorsOf } from '../geography/crosswalk';
import { parsePeriod, periodBounds } from '../periods/period';
import { expectedValue } from './measure-value';
import type { MeasureValue, MeasureValues } from './measure-values';

type MeasureRule = Pick<Measure, 'kind' | 'scale'>;

/** One predecessor's part in a successor: the population share it gave and its value, if any. */
export interface CrosswalkPart {
  code: string;
  populationShare: number;
  row: MeasureValue | undefined;
}

export type Rebased =
  { numerator: number; denominator?: number; value: number } | { value: null; missing: string[] };

/** The successor's figures from its predecessors' parts, or the codes of the parts with no value. */
export function rebaseFromPredecessors(
  measure: MeasureRule,
  parts: readonly CrosswalkPart[],
): Rebased {
  const missing = parts
    .filter((part) => !part.row || (measure.kind !== 'count' && part.row.denominator === undefined))
    .map((part) => part.code);
  if (parts.length === 0 || missing.length > 0) return { value: null, missing };
  let numerator = 0;
  let denominator = 0;
  for (const { populationShare, row } of parts) {
    numerator += populationShare * row!.numerator;
    denominator += populationShare * (row!.denominator ?? 0);
  }
  if (measure.kind === 'count') return { numerator, value: numerator };
  if (denominator <= 0) return { value: null, missing: [] };
  return { numerator, denominator, value: expectedValue(measure, numerator, denominator) };
}

export interface CrosswalkedPoint {
  period: string;
  /** null: a gap, never drawn as zero. */
  value: number | null;
  /** True when the value is (or would be) rebuilt from predecessors. */
  estimated: boolean;
  /** For an estimate that cannot be judged: the predecessors with no value that month. */
  missing: string[];
}

type SystemLife = Pick<System, 'code' | 'validFrom' | 'validTo'>;

function own(values: MeasureValues, code: string, period: string): MeasureValue | undefined {
  return values.bySystem.get(code)?.find((row) => row.period === period);
}

/**
 * The system's series on its own geography over the measure's periods: its own values while it
 * existed (a gap where one is missing), and before it began, estimates from its predecessors.
 * Periods after it ended, or before it began when it has no predecessors, are left out: the
 * system did not exist then. A period that straddles its start is left out too.
 */
export function crosswalkedSeries(
  values: MeasureValues,
  crosswalk: readonly Crosswalk[],
  system: SystemLife,
): CrosswalkedPoint[] {
  const links = predecessorsOf(crosswalk, system.code);
  const points: CrosswalkedPoint[] = [];
  for (const period of values.periods) {
    const parsed = parsePeriod(period);
    if (!parsed) continue;
    const { start, end } = periodBounds(parsed);
    if (system.validTo !== null && start > system.validTo) continue;
    if (start >= system.validFrom) {
      const row = own(values, system.code, period);
      points.push({ period, value: row?.value ?? null, estimated: false, missing: [] });
    } else if (end < system.validFrom && links.length > 0) {
      const parts = links.map((link) => ({ ...link, row: own(values, link.code, period) }));
      const rebased = rebaseFromPredecessors(values.measure, parts);
      const missing = rebased.value === null ? rebased.missing : [];
      points.push({ period, value: rebased.value, estimated: true, missing });
    }
  }
  return points;
}

export interface ValuesInPeriod {
  /** Systems with a value of their own in the period. */
  own: number;
  /** Systems whose value in the period is estimated from their predecessors. */
  estimated: number;
}

/**
 * How many of these systems have a value in a period on their own geography: their own, or one
 * estimated from their predecessors. What a view on one geography can say of a period published
 * on another (the 36 systems of 2026-Q3 against March 2026's 42).
 */
export function valuesInPeriod(
  values: MeasureValues,
  crosswalk: readonly Crosswalk[],
  systems: readonly SystemLife[],
  period: string,
): ValuesInPeriod {
  const counts = { own: 0, estimated: 0 };
  for (const system of systems) {
    const point = crosswalkedSeries(values, crosswalk, system).find((p) => p.period === period);
    if (point?.value == null) continue;
    if (point.estimated) counts.estimated += 1;
    else counts.own += 1;
  }
  return counts;
}
