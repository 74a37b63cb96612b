import { useMemo } from 'react';
import type { DividesAnalysis } from '../../domain/divides/divides-analysis';
import { analyseDivides } from '../../domain/divides/divides-analysis';
import { dividesFindings } from '../../domain/divides/findings';
import type { Finding } from '../../domain/divides/findings';
import type { Feed } from '../../domain/feed/feed-schema';
import type { FeedScores } from '../../domain/scoring/score-feed';
import type { Weights } from '../../domain/scoring/weights';
import type { Metric } from '../../lib/view-params';
import { metricFromParam, metricToParam } from '../../lib/view-params';

/**
 * The page's analysis and findings, recomputed only when the feed, scores (so the weights),
 * quarter or measure change. useMetric builds a new object on every render, so the memo is keyed
 * by the measure's text.
 */
export function useDividesAnalysis(
  feed: Feed,
  scores: FeedScores,
  weights: Weights,
  period: string | null,
  metric: Metric,
): { analysis: DividesAnalysis | null; findings: Finding[] } {
  const metricParam = metricToParam(metric);
  const analysis = useMemo(() => {
    if (!period) return null;
    const chosen = metricFromParam(
      metricParam,
      feed.categories.map((c) => c.id),
      feed.standards.map((s) => s.id),
    );
    return analyseDivides(feed, scores, weights, period, chosen);
  }, [feed, scores, weights, period, metricParam]);
  const findings = useMemo(
    () => (analysis ? dividesFindings(feed, analysis) : []),
    [feed, analysis],
  );
  return { analysis, findings };
}
