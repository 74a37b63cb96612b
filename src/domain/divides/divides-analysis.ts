/**
 * Everything the Divides page shows for one period, metric and weighting, computed in one pure
 * call so the page can memoise it. 49 systems x 11 quarters x 47 metrics is a few million steps.
 */
import type { MetricChoice } from '../charts/metric-value';
import type { Feed } from '../feed/feed-schema';
import type { FeedScores } from '../scoring/score-feed';
import type { Weights } from '../scoring/weights';
import { borderScores } from './border-scores';
import type { BorderScore } from './border-scores';
import { borderSummary } from './border-summary';
import type { BorderSummary } from './border-summary';
import { deprivationGradient } from './deprivation-gradient';
import type { DeprivationGradient } from './deprivation-gradient';
import { fallingBehind } from './falling-behind';
import type { FallingBehind } from './falling-behind';
import { metricKey } from './metric-values';
import { regionalSplitSeries } from './regional-split';
import type { RegionalSplitPoint } from './regional-split';
import { rankDivides } from './widening';
import type { DivideTrend } from './widening';

export interface DividesAnalysis {
  period: string;
  metric: MetricChoice;
  /** The selected metric's dispersion over time and its trend verdict. */
  selected: DivideTrend | null;
  /** Every metric, fastest-widening first. */
  divides: DivideTrend[];
  fallingBehind: FallingBehind[];
  regional: RegionalSplitPoint[];
  deprivation: DeprivationGradient;
  borders: BorderScore[];
  borderSummary: BorderSummary;
}

/**
 * The parts of the analysis that do not depend on the measure viewed: every metric's divide
 * trend and the borders. Ranking every metric is most of the work (49 systems x 11 quarters x 47
 * metrics), so the page keeps these while the reader changes the measure.
 */
export interface MetricFreeDivides {
  period: string;
  divides: DivideTrend[];
  borders: BorderScore[];
  borderSummary: BorderSummary;
}

export function metricFreeDivides(
  feed: Feed,
  scores: FeedScores,
  weights: Weights,
  period: string,
): MetricFreeDivides {
  const borders = borderScores(feed, period, weights);
  return {
    period,
    divides: rankDivides(feed, scores, period),
    borders,
    borderSummary: borderSummary(borders),
  };
}

/** The analysis for `metric` from the parts worked out for the same feed, scores and quarter. */
export function dividesForMetric(
  feed: Feed,
  scores: FeedScores,
  base: MetricFreeDivides,
  metric: MetricChoice,
): DividesAnalysis {
  const { period, divides, borders } = base;
  return {
    period,
    metric,
    selected: divides.find((d) => d.key === metricKey(metric)) ?? null,
    divides,
    fallingBehind: fallingBehind(feed, scores, metric, period),
    regional: regionalSplitSeries(scores, metric, period),
    deprivation: deprivationGradient(feed, scores, period, metric),
    borders,
    borderSummary: base.borderSummary,
  };
}

export function analyseDivides(
  feed: Feed,
  scores: FeedScores,
  weights: Weights,
  period: string,
  metric: MetricChoice,
): DividesAnalysis {
  return dividesForMetric(feed, scores, metricFreeDivides(feed, scores, weights, period), metric);
}
