/**
 * Scoring weights: one per category (its share of the overall score) and one per standard (its
 * share within its category). The published weights are the feed's defaults; users may change
 * them (what-if), and 0 switches a category or standard off.
 */
import type { Feed } from '../feed/feed-schema';

export interface Weights {
  /** Category id -> weight >= 0. */
  categories: Record<string, number>;
  /** Standard id -> weight >= 0; 0 = switched off. */
  standards: Record<string, number>;
  /**
   * "Include measured use" (measured-use.ts): absent or false leaves every score exactly as
   * self-reported; the published weights never include it.
   */
  measuredUse?: boolean;
}

export function defaultWeights(feed: Pick<Feed, 'categories' | 'standards'>): Weights {
  return {
    categories: Object.fromEntries(feed.categories.map((c) => [c.id, c.defaultWeight])),
    standards: Object.fromEntries(feed.standards.map((s) => [s.id, s.defaultWeight])),
  };
}

function recordsEqual(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** Same ids with the same values (key order does not matter). */
export function weightsEqual(a: Weights, b: Weights): boolean {
  return (
    recordsEqual(a.categories, b.categories) &&
    recordsEqual(a.standards, b.standards) &&
    (a.measuredUse === true) === (b.measuredUse === true)
  );
}

/**
 * The weight scoring uses: missing ids fall back to the published default (so a link made before a
 * standard was added still scores it), and anything that is not a finite number >= 0 counts as 0.
 */
export function weightOf(weights: Record<string, number>, id: string, fallback: number): number {
  const value = Object.hasOwn(weights, id) ? weights[id] : fallback;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
