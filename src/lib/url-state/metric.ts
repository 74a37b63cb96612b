import { z } from 'zod';

/** Overall readiness, one category's score, or one standard's score (`?metric=standard:bars`). */
export const MetricSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overall') }),
  z.object({ kind: z.literal('category'), id: z.string().min(1) }),
  z.object({ kind: z.literal('standard'), id: z.string().min(1) }),
]);

export type Metric = z.infer<typeof MetricSchema>;

export const OVERALL: Metric = { kind: 'overall' };

/** `kind:id` to a candidate metric; the schema rejects unknown kinds and empty ids. */
export function decodeMetric(raw: string): unknown {
  const [kind, id] = raw.split(':');
  return kind === 'overall' ? OVERALL : { kind, id };
}

export function encodeMetric(metric: Metric): string {
  return metric.kind === 'overall' ? 'overall' : `${metric.kind}:${metric.id}`;
}
