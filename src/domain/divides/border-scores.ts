/**
 * Cross-border interoperability: for every pair of bordering systems, the share of the weight of
 * the exchange standards that is live on both sides, and whether they run the same shared care
 * record platform. Pure; one pass over the period's observations and technology rows.
 */
import type { Feed, PeriodId } from '../feed/feed-schema';
import { systemsInPeriod } from '../geography/system-validity';
import type { Weights } from '../scoring/weights';
import { exchangeWeights } from './exchange-weights';

export { EXCHANGE_STANDARDS } from './exchange-weights';

export interface BorderScore {
  /** System codes, a < b. */
  a: string;
  b: string;
  /** 0-100: share of the weight of the exchange standards live on both sides; null when no
   * exchange standard carries weight, or when either side reported nothing in the period (a
   * data product that gave no data, say): that cannot be judged, and is never a zero. */
  score: number | null;
  /** Exchange standards live on both sides, in feed order. */
  liveOnBoth: string[];
  /** The exchange standards that counted: in the feed and with a weight above 0. */
  exchangeStandards: string[];
  /** The shared care record product on each side in the period (null when not reported). */
  platforms: { a: string | null; b: string | null; same: boolean | null };
}

/** System code -> the standards it reported as live in the period. */
export function liveStandards(feed: Pick<Feed, 'observations'>, period: PeriodId) {
  const live = new Map<string, Set<string>>();
  for (const row of feed.observations) {
    if (row.period !== period || row.status !== 'live') continue;
    const set = live.get(row.system) ?? new Set<string>();
    set.add(row.standard);
    live.set(row.system, set);
  }
  return live;
}

/** System code -> its shared care record product; the first row wins if a feed repeats one. */
export function sharedCareRecordPlatforms(feed: Pick<Feed, 'technology'>, period: PeriodId) {
  const platforms = new Map<string, string>();
  for (const row of feed.technology) {
    if (row.period !== period || row.component !== 'shared-care-record') continue;
    if (!platforms.has(row.system)) platforms.set(row.system, row.product);
  }
  return platforms;
}

/** Bordering pairs of systems valid in the period, each once, ordered a < b, sorted. */
export function borderPairs(feed: Pick<Feed, 'geography'>, period: PeriodId): [string, string][] {
  const valid = new Set(systemsInPeriod(feed.geography.systems, period).map((s) => s.code));
  const seen = new Map<string, [string, string]>();
  for (const { a, b } of feed.geography.adjacency) {
    if (a === b || !valid.has(a) || !valid.has(b)) continue;
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    seen.set(`${pair[0]}|${pair[1]}`, pair);
  }
  return [...seen.values()].sort(([a1, b1], [a2, b2]) =>
    a1 === a2 ? (b1 < b2 ? -1 : 1) : a1 < a2 ? -1 : 1,
  );
}

export function borderScores(feed: Feed, period: PeriodId, weights: Weights): BorderScore[] {
  const exchange = exchangeWeights(feed, weights);
  const exchangeStandards = [...exchange.keys()];
  const totalWeight = [...exchange.values()].reduce((sum, w) => sum + w, 0);
  const live = liveStandards(feed, period);
  const reported = new Set(
    feed.observations.filter((row) => row.period === period).map((row) => row.system),
  );
  const platforms = sharedCareRecordPlatforms(feed, period);
  const none = new Set<string>();
  return borderPairs(feed, period).map(([a, b]) => {
    const liveA = live.get(a) ?? none;
    const liveB = live.get(b) ?? none;
    const liveOnBoth = exchangeStandards.filter((id) => liveA.has(id) && liveB.has(id));
    const liveWeight = liveOnBoth.reduce((sum, id) => sum + (exchange.get(id) ?? 0), 0);
    const platformA = platforms.get(a) ?? null;
    const platformB = platforms.get(b) ?? null;
    return {
      a,
      b,
      score:
        totalWeight > 0 && reported.has(a) && reported.has(b)
          ? (100 * liveWeight) / totalWeight
          : null,
      liveOnBoth,
      exchangeStandards: [...exchangeStandards],
      platforms: {
        a: platformA,
        b: platformB,
        same: platformA === null || platformB === null ? null : platformA === platformB,
      },
    };
  });
}
