/**
 * "Include measured use" (issue 14, off by default): a standard's self-reported score is blended
 * with measured use of the service it supports, where a published measure is linked to it. When
 * the reader has not turned it on, nothing here runs and scores are exactly as before.
 *
 * The rule (docs/scoring-method.md §10):
 * - a share (0-1) is already on an absolute scale: its score is 100 x the share;
 * - a rate has no natural ceiling, so it is rescaled across the quarter's systems that have a
 *   value: 100 x (value - lowest) / (highest - lowest); with one value, or all equal, it gives no
 *   score;
 * - a count is not used: it grows with a system's size, not its use;
 * - a monthly measure counts in a quarter only when all three months are published; a
 *   financial-year measure never does (it cannot be put on a quarter);
 * - several measures linked to one standard are averaged;
 * - the blended score is (1 - MEASURED_USE_WEIGHT) x self-reported + MEASURED_USE_WEIGHT x
 *   measured; a system that reported nothing stays unreported (measured use never fills a gap,
 *   so completeness keeps meaning "what the system reported"), and a reported score with no
 *   measured value is left as it is.
 */
import type { Feed, Measure } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import { measureValues, quarterlyValues, valuesAt } from '../measures/measure-values';
import type { ScoreMatrices } from './score-matrix';

/** Measured use's share of a blended standard score. */
export const MEASURED_USE_WEIGHT = 0.5;

/** Each system's measured value on 0-100 under the rule above; empty for a count. */
export function measuredUseScores(
  measure: Pick<Measure, 'kind'>,
  values: ReadonlyMap<string, number>,
): Map<string, number> {
  const scores = new Map<string, number>();
  if (measure.kind === 'count') return scores;
  if (measure.kind === 'share') {
    for (const [code, value] of values) scores.set(code, 100 * Math.min(1, Math.max(0, value)));
    return scores;
  }
  const all = [...values.values()];
  const low = Math.min(...all);
  const high = Math.max(...all);
  if (!(high > low)) return scores;
  for (const [code, value] of values) scores.set(code, (100 * (value - low)) / (high - low));
  return scores;
}

/** The blended score of one standard: self-reported and measured, weighted by the stated rule. */
export function blendScore(said: number, measured: number): number {
  return (1 - MEASURED_USE_WEIGHT) * said + MEASURED_USE_WEIGHT * measured;
}

type Sums = Map<number, { total: number; count: number }>;

function addMeasure(feed: Feed, measure: Measure, periods: readonly string[], sums: Sums[]) {
  const quarterly = quarterlyValues(measureValues(measure, feed.measurements));
  if (quarterly === null) return;
  const column = feed.standards.findIndex((s) => s.id === measure.standardId);
  const count = feed.standards.length;
  const rowOf = new Map(feed.geography.systems.map((s, row) => [s.code, row]));
  periods.forEach((period, p) => {
    const values = new Map<string, number>();
    for (const [code, row] of valuesAt(quarterly, period)) {
      const index = rowOf.get(code);
      if (index !== undefined && isSystemValidIn(feed.geography.systems[index]!, period)) {
        values.set(code, row.value);
      }
    }
    for (const [code, score] of measuredUseScores(measure, values)) {
      const cell = rowOf.get(code)! * count + column;
      const sum = sums[p]!.get(cell) ?? { total: 0, count: 0 };
      sums[p]!.set(cell, { total: sum.total + score, count: sum.count + 1 });
    }
  });
}

/** Blends measured use into freshly built score matrices, in place; the periods are theirs. */
export function blendMeasuredUse(
  feed: Feed,
  periods: readonly string[],
  matrices: ScoreMatrices,
): void {
  const standards = new Set(feed.standards.map((s) => s.id));
  const sums: Sums[] = periods.map((): Sums => new Map());
  for (const measure of feed.measures) {
    if (measure.standardId !== undefined && standards.has(measure.standardId)) {
      addMeasure(feed, measure, periods, sums);
    }
  }
  sums.forEach((cells, p) => {
    const matrix = matrices.byPeriod[p]!;
    for (const [cell, { total, count }] of cells) {
      const said = matrix[cell]!;
      if (!Number.isNaN(said)) matrix[cell] = blendScore(said, total / count);
    }
  });
}
