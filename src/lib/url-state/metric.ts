import { z } from 'zod/mini';

/**
 * Overall readiness, one category's score, one standard's score (`?metric=standard:bars`), or,
 * on the national page, one measure of use (`?metric=measure:<id>`).
 */
export const MetricSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overall') }),
  z.object({ kind: z.literal('category'), id: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('standard'), id: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('measure'), id: z.string().check(z.minLength(1)) }),
]);

export type Metric = z.infer<typeof MetricSchema>;
/** A metric that is a readiness score: what the Divides page and the score maps show. */
export type ScoreMetric = Exclude<Metric, { kind: 'measure' }>;

export const OVERALL: ScoreMetric = { kind: 'overall' };

/** `kind:id` to a candidate metric; the schema rejects unknown kinds and empty ids. */
export function decodeMetric(raw: string): unknown {
  const [kind, id] = raw.split(':');
  return kind === 'overall' ? OVERALL : { kind, id };
}

export function encodeMetric(metric: Metric): string {
  return metric.kind === 'overall' ? 'overall' : `${metric.kind}:${metric.id}`;
}
