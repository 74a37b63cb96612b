import { useMemo } from 'react';
import type { DividesAnalysis } from '../../domain/divides/divides-analysis';
import { dividesForMetric, metricFreeDivides } from '../../domain/divides/divides-analysis';
import { dividesFindings } from '../../domain/divides/findings';
import type { Finding } from '../../domain/divides/findings';
import type { Feed } from '../../domain/feed/feed-schema';
import type { FeedScores } from '../../domain/scoring/score-feed';
import type { Weights } from '../../domain/scoring/weights';
import type { ScoreMetric } from '../../lib/url-state/metric';
import { encodeMetric } from '../../lib/url-state/metric';

/**
 * The page's analysis and findings, recomputed only when the feed, scores, weighting, quarter or
 * measure change, and the part that does not depend on the measure (every metric's divide trend
 * and the borders, most of the work) only when the feed, scores, weighting or quarter change: a
 * new measure reuses it. The weights and metric objects can be new on any URL change (a tab
 * click), so the memos are keyed by their text: `weightsKey` and the measure's parameter.
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
  const base = useMemo(
    () => (period ? metricFreeDivides(feed, scores, weights, period) : null),
    // `weights` is named by `weightsKey`.
    [feed, scores, weightsKey, period],
  );
  const analysis = useMemo(
    () => (base ? dividesForMetric(feed, scores, base, metric) : null),
    // `metric` is named by `metricKey`.
    [feed, scores, base, metricKey],
  );
  const findings = useMemo(
    () => (analysis ? dividesFindings(feed, analysis) : []),
    [feed, analysis],
  );
  return { analysis, findings };
}
