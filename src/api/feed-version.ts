import type { Feed } from '../domain/feed/feed-schema';

/**
 * A cheap fingerprint of a feed's content, for keys of data derived from it (scores, rank
 * intervals). The publisher's `generatedAt` changes on each publication; the counts catch a feed
 * whose content changed under the same timestamp (a quarter added by hand). It is read from the
 * feed itself rather than the query's `dataUpdatedAt`, which changes on every refetch even when
 * nothing was published, and would throw away scores that are still right.
 */
export function feedVersion(feed: Feed): string {
  return [
    feed.metadata.generatedAt,
    `p${feed.periods.length}`,
    `o${feed.observations.length}`,
    `s${feed.geography.systems.length}`,
    `t${feed.standards.length}`,
  ].join('|');
}
