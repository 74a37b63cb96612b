import { feedPlace } from '../domain/feed/feed-place';
import type { FeedPlace } from '../domain/feed/feed-place';
import { useFeedStatus } from './feed-query';

/**
 * The words for the place the loaded feed covers ("England", "Wales", or neutral words). Never
 * suspends, so page chrome (footer, banners) can use it while the feed loads.
 */
export function useFeedPlace(): FeedPlace {
  const { data } = useFeedStatus();
  return feedPlace(data?.feed.metadata);
}
