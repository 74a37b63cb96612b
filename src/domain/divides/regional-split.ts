/**
 * The Theil decomposition in every quarter up to the one viewed, so the page can say not only
 * whether the divide is regional or local now, but whether that is changing.
 */
import type { MetricChoice } from '../charts/metric-value';
import type { FeedScores } from '../scoring/score-feed';
import { metricValuesIn, periodsUpTo } from './metric-values';
import { theilDecomposition } from './theil';
import type { TheilDecomposition } from './theil';

export interface RegionalSplitPoint {
  period: string;
  split: TheilDecomposition | null;
}

export function regionalSplitSeries(
  scores: FeedScores,
  metric: MetricChoice,
  period: string,
): RegionalSplitPoint[] {
  return periodsUpTo(scores, period).map((p) => ({
    period: p,
    split: theilDecomposition(metricValuesIn(scores, p, metric)),
  }));
}
