/**
 * The period and metric being viewed, as URL parameters (`?period=2026-Q3&metric=standard:bars`).
 * Pure parsing here; the hook is in use-view-params.ts.
 */
export const PERIOD_PARAM = 'period';
export const METRIC_PARAM = 'metric';

/** Overall readiness, one category's score, or one standard's score. */
export type Metric =
  { kind: 'overall' } | { kind: 'category'; id: string } | { kind: 'standard'; id: string };

export const OVERALL: Metric = { kind: 'overall' };

/** The requested period when the feed has it, else the latest; null for a feed with no periods. */
export function periodFromParam(param: string | null, periods: readonly string[]): string | null {
  if (param !== null && periods.includes(param)) return param;
  return periods.at(-1) ?? null;
}

export function metricFromParam(
  param: string | null,
  categoryIds: readonly string[],
  standardIds: readonly string[],
): Metric {
  const [kind, id] = (param ?? '').split(':');
  if (kind === 'category' && id && categoryIds.includes(id)) return { kind, id };
  if (kind === 'standard' && id && standardIds.includes(id)) return { kind, id };
  return OVERALL;
}

export function metricToParam(metric: Metric): string | null {
  return metric.kind === 'overall' ? null : `${metric.kind}:${metric.id}`;
}
