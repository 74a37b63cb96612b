/**
 * Is the digital divide following the health divide? A population-weighted least-squares line of
 * each system's score against its deprivation (IMD 2025 score, higher = more deprived), in every
 * quarter up to the one viewed, and whether its slope is getting steeper by the robust trend test.
 */
import type { MetricChoice } from '../charts/metric-value';
import type { Feed } from '../feed/feed-schema';
import type { FeedScores } from '../scoring/score-feed';
import { metricValuesIn, periodsUpTo } from './metric-values';
import { trendTest } from './trend-test';
import type { TrendTest } from './trend-test';

/** Slopes are given per 10 IMD points: about the gap between a middling and a deprived system. */
export const IMD_STEP = 10;
/** A slope changing by less than 0.5 points per 10 IMD points a year is "no clear change". */
export const GRADIENT_TREND_PER_YEAR = 0.5;

export interface GradientPoint {
  code: string;
  imdScore: number;
  value: number;
  population: number;
}

export interface WeightedLine {
  /** Score change per IMD_STEP points of deprivation (negative: more deprived, lower score). */
  slope: number;
  intercept: number;
  /** Population-weighted correlation, -1 to 1; null when every score is the same. */
  correlation: number | null;
  count: number;
}

/** Null with fewer than 3 systems or when every deprivation score is the same. */
export function weightedLine(points: readonly GradientPoint[]): WeightedLine | null {
  const weight = points.reduce((sum, p) => sum + p.population, 0);
  if (points.length < 3 || weight <= 0) return null;
  const meanX = points.reduce((sum, p) => sum + p.population * p.imdScore, 0) / weight;
  const meanY = points.reduce((sum, p) => sum + p.population * p.value, 0) / weight;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += p.population * (p.imdScore - meanX) ** 2;
    sxy += p.population * (p.imdScore - meanX) * (p.value - meanY);
    syy += p.population * (p.value - meanY) ** 2;
  }
  if (sxx === 0) return null;
  const perPoint = sxy / sxx;
  return {
    slope: perPoint * IMD_STEP,
    intercept: meanY - perPoint * meanX,
    correlation: syy === 0 ? null : sxy / Math.sqrt(sxx * syy),
    count: points.length,
  };
}

/** The systems with both a value and a deprivation score in the quarter. */
export function gradientPoints(
  feed: Feed,
  scores: FeedScores,
  period: string,
  metric: MetricChoice,
): GradientPoint[] {
  const imd = new Map(feed.geography.systems.map((s) => [s.code, s.imdScore]));
  return metricValuesIn(scores, period, metric).flatMap((v) => {
    const imdScore = imd.get(v.code);
    return imdScore === undefined
      ? []
      : [{ code: v.code, imdScore, value: v.value, population: v.population }];
  });
}

export interface DeprivationGradient {
  points: GradientPoint[];
  line: WeightedLine | null;
  series: { period: string; slope: number | null; correlation: number | null }[];
  /** Trend of the slope itself: "down" = more negative = the divide follows deprivation more. */
  trend: TrendTest;
}

export function deprivationGradient(
  feed: Feed,
  scores: FeedScores,
  period: string,
  metric: MetricChoice,
): DeprivationGradient {
  const series = periodsUpTo(scores, period).map((p) => {
    const line = weightedLine(gradientPoints(feed, scores, p, metric));
    return { period: p, slope: line?.slope ?? null, correlation: line?.correlation ?? null };
  });
  const points = gradientPoints(feed, scores, period, metric);
  return {
    points,
    line: weightedLine(points),
    series,
    trend: trendTest(
      series.map((s) => ({ period: s.period, value: s.slope })),
      GRADIENT_TREND_PER_YEAR,
    ),
  };
}
