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

export function analyseDivides(
  feed: Feed,
  scores: FeedScores,
  weights: Weights,
  period: string,
  metric: MetricChoice,
): DividesAnalysis {
  const divides = rankDivides(feed, scores, period);
  const borders = borderScores(feed, period, weights);
  return {
    period,
    metric,
    selected: divides.find((d) => d.key === metricKey(metric)) ?? null,
    divides,
    fallingBehind: fallingBehind(feed, scores, metric, period),
    regional: regionalSplitSeries(scores, metric, period),
    deprivation: deprivationGradient(feed, scores, period, metric),
    borders,
    borderSummary: borderSummary(borders),
  };
}
