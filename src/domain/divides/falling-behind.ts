/**
 * Falling behind: systems in the bottom quarter in the quarter viewed whose gap below the
 * national median has grown in each of the last FALLING_BEHIND_QUARTERS quarter-on-quarter steps.
 * A new system's earlier quarters are rebased from its predecessors (as on every trend chart), so
 * a merger does not hide a slide that began before it.
 */
import { metricValue } from '../charts/metric-value';
import type { MetricChoice } from '../charts/metric-value';
import type { Feed } from '../feed/feed-schema';
import { quantileSorted } from '../scoring/aggregate';
import type { FeedScores } from '../scoring/score-feed';
import { systemSeries } from '../scoring/series';
import { metricValuesIn, periodsUpTo } from './metric-values';

/** Three growing steps (four quarters): one bad quarter is noise, three in a row is a pattern. */
export const FALLING_BEHIND_QUARTERS = 3;

export interface FallingBehind {
  code: string;
  value: number;
  /** National median minus the system's value, in each quarter from the start of the run. */
  gaps: { period: string; gap: number; rebased: boolean }[];
  /** Gap now minus gap at the start of the run. */
  growth: number;
}

function medianOf(values: readonly number[]): number | null {
  return quantileSorted(
    Float64Array.from(values).sort((a, b) => a - b),
    0.5,
  );
}

/** The national median of the metric in each of the given quarters. */
export function nationalMedians(scores: FeedScores, metric: MetricChoice, periods: string[]) {
  return new Map(
    periods.map((p) => [p, medianOf(metricValuesIn(scores, p, metric).map((v) => v.value))]),
  );
}

function gapRun(
  feed: Feed,
  scores: FeedScores,
  code: string,
  metric: MetricChoice,
  medians: Map<string, number | null>,
): FallingBehind['gaps'] | null {
  const series = systemSeries(feed, scores, code, (s) => metricValue(s, metric));
  const run = series
    .filter((point) => medians.has(point.period))
    .slice(-FALLING_BEHIND_QUARTERS - 1);
  if (run.length < FALLING_BEHIND_QUARTERS + 1) return null;
  const gaps = run.map((point) => {
    const median = medians.get(point.period) ?? null;
    return point.value === null || median === null
      ? null
      : { period: point.period, gap: median - point.value, rebased: point.rebased };
  });
  if (gaps.some((g) => g === null)) return null;
  return gaps as FallingBehind['gaps'];
}

export function fallingBehind(
  feed: Feed,
  scores: FeedScores,
  metric: MetricChoice,
  period: string,
): FallingBehind[] {
  const periods = periodsUpTo(scores, period).slice(-FALLING_BEHIND_QUARTERS - 1);
  if (periods.length < FALLING_BEHIND_QUARTERS + 1) return [];
  const now = metricValuesIn(scores, period, metric);
  const sorted = Float64Array.from(now.map((v) => v.value)).sort((a, b) => a - b);
  const lowerQuartile = quantileSorted(sorted, 0.25);
  if (lowerQuartile === null) return [];
  const medians = nationalMedians(scores, metric, periods);
  const result: FallingBehind[] = [];
  for (const system of now) {
    if (system.value > lowerQuartile) continue;
    const gaps = gapRun(feed, scores, system.code, metric, medians);
    if (!gaps || gaps.at(-1)?.period !== period) continue;
    const growing = gaps.every((g, i) => i === 0 || g.gap > gaps[i - 1]!.gap);
    if (growing) {
      result.push({
        code: system.code,
        value: system.value,
        gaps,
        growth: gaps.at(-1)!.gap - gaps[0]!.gap,
      });
    }
  }
  return result.sort((a, b) => b.growth - a.growth || (a.code < b.code ? -1 : 1));
}
