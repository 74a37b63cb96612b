import { useMemo } from 'react';
import type { DividesAnalysis } from '../../domain/divides/divides-analysis';
import { analyseDivides } from '../../domain/divides/divides-analysis';
import { dividesFindings } from '../../domain/divides/findings';
import type { Finding } from '../../domain/divides/findings';
import type { Feed } from '../../domain/feed/feed-schema';
import type { FeedScores } from '../../domain/scoring/score-feed';
import type { Weights } from '../../domain/scoring/weights';
import type { ScoreMetric } from '../../lib/url-state/metric';
import { encodeMetric } from '../../lib/url-state/metric';

/**
 * The page's analysis and findings, recomputed only when the feed, scores, weighting, quarter or
 * measure change. The weights and metric objects can be new on any URL change (a tab click), so
 * the memo is keyed by their text: `weightsKey` and the measure's parameter.
 */
export function useDividesAnalysis(
  feed: Feed,
  scores: FeedScores,
  weights: Weights,
  weightsKey: string,
  period: string | null,
  metric: ScoreMetric,
): { analysis: DividesAnalysis | null; findings: Finding[] } {
  const metricKey = encodeMetric(metric);
  const analysis = useMemo(
    () => (period ? analyseDivides(feed, scores, weights, period, metric) : null),
    // `weights` and `metric` are named by `weightsKey` and `metricKey`.
    [feed, scores, weightsKey, period, metricKey],
  );
  const findings = useMemo(
    () => (analysis ? dividesFindings(feed, analysis) : []),
    [feed, analysis],
  );
  return { analysis, findings };
}
