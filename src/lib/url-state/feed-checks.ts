/**
 * The checks a URL value needs that only the loaded feed can answer: is the quarter in it, does
 * the id exist. Pure functions of (value, feed facts), so a link from another feed or an old
 * quarter falls back to a sensible view instead of an empty one.
 */
import { OVERALL } from './metric';
import type { Metric, ScoreMetric } from './metric';

/** The requested period when the feed has it, else the latest; null for a feed with no periods. */
export function periodInFeed(period: string | null, periods: readonly string[]): string | null {
  if (period !== null && periods.includes(period)) return period;
  return periods.at(-1) ?? null;
}

/** The metric when its category or standard exists, else overall readiness. */
export function metricInFeed(
  metric: Metric,
  categoryIds: readonly string[],
  standardIds: readonly string[],
): ScoreMetric {
  if (metric.kind === 'category' && categoryIds.includes(metric.id)) return metric;
  if (metric.kind === 'standard' && standardIds.includes(metric.id)) return metric;
  return OVERALL;
}

/** A measure the feed has, else null (the page then shows the score `metricInFeed` gives). */
export function measureInFeed(
  metric: Metric,
  measureIds: readonly string[],
): Extract<Metric, { kind: 'measure' }> | null {
  return metric.kind === 'measure' && measureIds.includes(metric.id) ? metric : null;
}

/** A code or id the feed knows, else null (an old link or another feed means "no filter"). */
export function knownCode(
  code: string | null,
  candidates: readonly { code: string }[] | readonly string[],
): string | null {
  if (code === null) return null;
  const known = candidates.some((item) => (typeof item === 'string' ? item : item.code) === code);
  return known ? code : null;
}
