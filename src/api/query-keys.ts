import type { FeedSource } from './feed-source';

/**
 * The one query-key factory. Keys are derived here and nowhere else, so two queries can never
 * share a key by accident and invalidation can target a whole resource.
 */
export const queryKeys = {
  feed: {
    all: ['feed'] as const,
    bySource: (source: FeedSource) =>
      [...queryKeys.feed.all, source.kind, source.kind === 'url' ? source.url : source.id] as const,
  },
  hexLayout: {
    byUrl: (url: string) => ['hex-layout', url] as const,
  },
  boundaries: {
    all: ['boundaries'] as const,
    byUrl: (url: string) => [...queryKeys.boundaries.all, url] as const,
  },
  scores: {
    all: (sourceKey: string, weightsKey: string) => ['scores', sourceKey, weightsKey] as const,
    intervals: (sourceKey: string, weightsKey: string, period: string) =>
      [...queryKeys.scores.all(sourceKey, weightsKey), 'intervals', period] as const,
  },
};
