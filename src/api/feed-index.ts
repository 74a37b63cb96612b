import { buildFeedIndex } from '../domain/feed/feed-index';
import type { FeedIndex } from '../domain/feed/feed-index';
import type { Feed } from '../domain/feed/feed-schema';

// Keyed by the feed object, which is never changed in place, so an entry is right for as long as
// the feed lives and goes with it.
const cache = new WeakMap<Feed, FeedIndex>();

/** The feed's lookups by code or id, built once per feed however many screens ask. */
export function feedIndex(feed: Feed): FeedIndex {
  let index = cache.get(feed);
  if (!index) {
    index = buildFeedIndex(feed);
    cache.set(feed, index);
  }
  return index;
}
