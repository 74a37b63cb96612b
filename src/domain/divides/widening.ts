/**
 * Widening divides: for overall readiness, each category and each standard, the dispersion in
 * every quarter up to the one viewed, and whether the gap between the top and bottom quarter of
 * systems (IQR) or the population-weighted Gini coefficient is rising by the robust trend test.
 */
import type { MetricChoice } from '../charts/metric-value';
import type { FeedScores } from '../scoring/score-feed';
import { dispersionOf } from './dispersion';
import type { Dispersion } from './dispersion';
import { allMetrics, metricKey, metricValuesIn, periodsUpTo } from './metric-values';
import { trendTest } from './trend-test';
import type { TrendTest } from './trend-test';

/** A gap between quartiles growing by less than 1 point a year is not worth a word. */
export const WIDENING_IQR_POINTS_PER_YEAR = 1;
/** One Gini point (0.01) a year: about the same size as the IQR threshold on typical spreads. */
export const WIDENING_GINI_PER_YEAR = 0.01;

export interface DispersionPoint extends Dispersion {
  period: string;
}

export type DivideVerdict = 'widening' | 'narrowing' | 'no clear change' | 'too few quarters';

export interface DivideTrend {
  metric: MetricChoice;
  key: string;
  series: DispersionPoint[];
  iqrTrend: TrendTest;
  giniTrend: TrendTest;
  verdict: DivideVerdict;
  /** First and last quarters with an IQR in the window, for "widened from 18 to 31 since ...". */
  first: { period: string; iqr: number } | null;
  last: { period: string; iqr: number } | null;
}

export function dispersionSeries(
  scores: FeedScores,
  metric: MetricChoice,
  periods: readonly string[],
): DispersionPoint[] {
  return periods.map((period) => ({
    period,
    ...dispersionOf(metricValuesIn(scores, period, metric)),
  }));
}

/**
 * Widening when the IQR or the Gini is rising (the rule). Absolute and relative spread can
 * disagree while a standard spreads from near zero (the gap grows, the Gini falls), so "narrowing"
 * needs one of them falling and the other not rising at all.
 */
function verdictOf(iqr: TrendTest, gini: TrendTest): DivideVerdict {
  if (iqr.direction === null && gini.direction === null) return 'too few quarters';
  if (iqr.direction === 'up' || gini.direction === 'up') return 'widening';
  const notRising = (t: TrendTest) => (t.slopePerYear ?? 0) <= 0;
  if (iqr.direction === 'down' && notRising(gini)) return 'narrowing';
  if (gini.direction === 'down' && notRising(iqr)) return 'narrowing';
  return 'no clear change';
}

export function divideTrend(metric: MetricChoice, series: DispersionPoint[]): DivideTrend {
  const iqrTrend = trendTest(
    series.map((p) => ({ period: p.period, value: p.iqr })),
    WIDENING_IQR_POINTS_PER_YEAR,
  );
  const giniTrend = trendTest(
    series.map((p) => ({ period: p.period, value: p.gini })),
    WIDENING_GINI_PER_YEAR,
  );
  const withIqr = series.filter((p) => p.iqr !== null);
  const ends = [withIqr[0], withIqr.at(-1)].map((p) =>
    p && p.iqr !== null ? { period: p.period, iqr: p.iqr } : null,
  );
  return {
    metric,
    key: metricKey(metric),
    series,
    iqrTrend,
    giniTrend,
    verdict: verdictOf(iqrTrend, giniTrend),
    first: ends[0] ?? null,
    last: ends[1] ?? null,
  };
}

/** Fastest-widening first: by IQR slope a year (then Gini slope); metrics with no slope last. */
export function compareWidening(a: DivideTrend, b: DivideTrend): number {
  const iqr = (b.iqrTrend.slopePerYear ?? -Infinity) - (a.iqrTrend.slopePerYear ?? -Infinity);
  if (iqr !== 0 && !Number.isNaN(iqr)) return iqr;
  const gini = (b.giniTrend.slopePerYear ?? -Infinity) - (a.giniTrend.slopePerYear ?? -Infinity);
  if (gini !== 0 && !Number.isNaN(gini)) return gini;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Every metric's divide trend over the quarters up to `period`, fastest-widening first. */
export function rankDivides(
  feed: { categories: readonly { id: string }[]; standards: readonly { id: string }[] },
  scores: FeedScores,
  period: string,
): DivideTrend[] {
  const periods = periodsUpTo(scores, period);
  return allMetrics(feed)
    .map((metric) => divideTrend(metric, dispersionSeries(scores, metric, periods)))
    .sort(compareWidening);
}
