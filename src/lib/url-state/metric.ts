import type { ValueCheck } from './value-check';

/**
 * Overall readiness, one category's score, one standard's score (`?metric=standard:bars`), or,
 * on the national page, one measure of use (`?metric=measure:<id>`).
 */
export type Metric =
  | { kind: 'overall' }
  | { kind: 'category'; id: string }
  | { kind: 'standard'; id: string }
  | { kind: 'measure'; id: string };

/** A metric that is a readiness score: what the Divides page and the score maps show. */
export type ScoreMetric = Exclude<Metric, { kind: 'measure' }>;

export const OVERALL: ScoreMetric = { kind: 'overall' };

const KINDS_WITH_ID: readonly unknown[] = ['category', 'standard', 'measure'] satisfies Exclude<
  Metric,
  { kind: 'overall' }
>['kind'][];

/** A known kind, with a non-empty id unless overall; the metric comes back with no other keys. */
export const MetricCheck: ValueCheck<Metric> = {
  safeParse: (value) => {
    if (typeof value !== 'object' || value === null) return { success: false };
    const { kind, id } = value as { kind?: unknown; id?: unknown };
    if (kind === 'overall') return { success: true, data: { kind } };
    if (!KINDS_WITH_ID.includes(kind) || typeof id !== 'string' || id === '') {
      return { success: false };
    }
    return { success: true, data: { kind: kind as Exclude<Metric['kind'], 'overall'>, id } };
  },
};

/** `kind:id` to a candidate metric; the check rejects unknown kinds and empty ids. */
export function decodeMetric(raw: string): unknown {
  const [kind, id] = raw.split(':');
  return kind === 'overall' ? OVERALL : { kind, id };
}

export function encodeMetric(metric: Metric): string {
  return metric.kind === 'overall' ? 'overall' : `${metric.kind}:${metric.id}`;
}
