import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Feed } from '../domain/feed/feed-schema';
import type { Weights } from '../domain/scoring/weights';
import { useActiveFeedSource } from './active-feed-source';
import { feedVersion } from './feed-version';
import { queryKeys } from './query-keys';
import { rankIntervalsOffThread, scoreOffThread } from './score-off-thread';

/**
 * Scores are derived data, but computing them can be heavy, so they are cached like fetched data:
 * per feed source, feed version and weighting (`weightsKey`), never recomputed while all three
 * are unchanged, and recomputed as soon as a refetch brings a feed with different content.
 */
export function scoresQueryOptions(
  sourceKey: string,
  feed: Feed,
  weights: Weights,
  weightsKey: string,
) {
  // The feed is identified by its source and version and the weights by their canonical text;
  // hashing a whole feed into the key on every render would cost more than the scoring it caches.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: queryKeys.scores.byFeed(sourceKey, feedVersion(feed), weightsKey),
    queryFn: () => scoreOffThread(feed, weights),
    staleTime: Infinity,
  });
}

export function rankIntervalsQueryOptions(
  sourceKey: string,
  feed: Feed,
  weights: Weights,
  weightsKey: string,
  period: string,
) {
  // As above: feed and weights are identified by their keys.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: queryKeys.scores.intervals(sourceKey, feedVersion(feed), weightsKey, period),
    queryFn: () => rankIntervalsOffThread(feed, weights, period),
    staleTime: Infinity,
  });
}

/** The active feed source as one string, for keys of data derived from its feed. */
export function useSourceKey(): string {
  return queryKeys.feed.bySource(useActiveFeedSource()).join('|');
}

export function useScores(feed: Feed, weights: Weights, weightsKey: string) {
  return useSuspenseQuery(scoresQueryOptions(useSourceKey(), feed, weights, weightsKey)).data;
}

export function useRankIntervals(feed: Feed, weights: Weights, weightsKey: string, period: string) {
  return useSuspenseQuery(
    rankIntervalsQueryOptions(useSourceKey(), feed, weights, weightsKey, period),
  ).data;
}
