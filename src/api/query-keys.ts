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
  mesh: {
    all: ['mesh'] as const,
    byUrl: (url: string) => [...queryKeys.mesh.all, url] as const,
    /** How many products have settled, written while the mesh query runs. */
    progress: (url: string) => [...queryKeys.mesh.all, url, 'progress'] as const,
  },
  hexLayout: {
    byUrl: (url: string) => ['hex-layout', url] as const,
    /** A feed's systems placed on a base layout (`layoutId`) for one period. */
    forPeriod: (sourceKey: string, version: string, layoutId: number, period: string) =>
      ['hex-layout', 'period', sourceKey, version, layoutId, period] as const,
  },
  boundaries: {
    all: ['boundaries'] as const,
    byUrl: (url: string) => [...queryKeys.boundaries.all, url] as const,
  },
  /**
   * Derived from a feed, so keyed by its source and its version (`feedVersion`): a refetched feed
   * with a new quarter gets new scores, never the old ones.
   */
  scores: {
    all: ['scores'] as const,
    byFeed: (sourceKey: string, version: string, weightsKey: string) =>
      [...queryKeys.scores.all, sourceKey, version, weightsKey] as const,
    intervals: (sourceKey: string, version: string, weightsKey: string, period: string) =>
      [...queryKeys.scores.byFeed(sourceKey, version, weightsKey), 'intervals', period] as const,
  },
};
