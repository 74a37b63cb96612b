/**
 * The values the divides analyses work on: each system's score on one metric in one quarter,
 * with the residents and region it brings. Only systems with a value take part; missing is never
 * read as zero.
 */
import { metricValue } from '../charts/metric-value';
import type { MetricChoice } from '../charts/metric-value';
import type { FeedScores } from '../scoring/score-feed';
import { scoredPeriods } from '../scoring/score-feed';

export interface SystemValue {
  code: string;
  regionCode: string;
  population: number;
  value: number;
}

export function metricValuesIn(
  scores: FeedScores,
  period: string,
  metric: MetricChoice,
): SystemValue[] {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return [];
  return periodScores.systems.flatMap((system) => {
    const value = metricValue(system, metric);
    return value === null
      ? []
      : [
          {
            code: system.code,
            regionCode: system.regionCode,
            population: system.population,
            value,
          },
        ];
  });
}

/** The scored periods up to and including `period`, oldest first: the window every trend uses. */
export function periodsUpTo(scores: FeedScores, period: string): string[] {
  return scoredPeriods(scores).filter((p) => p <= period);
}

/** Every metric a divide can open on: overall readiness, each category, each standard. */
export function allMetrics(feed: {
  categories: readonly { id: string }[];
  standards: readonly { id: string }[];
}): MetricChoice[] {
  return [
    { kind: 'overall' },
    ...feed.categories.map((c) => ({ kind: 'category' as const, id: c.id })),
    ...feed.standards.map((s) => ({ kind: 'standard' as const, id: s.id })),
  ];
}

export function metricKey(metric: MetricChoice): string {
  return metric.kind === 'overall' ? 'overall' : `${metric.kind}:${metric.id}`;
}
