import { useMemo } from 'react';
import { feedPlace } from '../domain/feed/feed-place';
import type { FeedPlace } from '../domain/feed/feed-place';
import { useFeedStatus } from './feed-query';

/**
 * The words for the place the loaded feed covers ("England", "Wales", or neutral words). Never
 * suspends, so page chrome (footer, banners) can use it while the feed loads.
 */
export function useFeedPlace(): FeedPlace {
  const { data } = useFeedStatus();
  const metadata = data?.feed.metadata;
  // One object per feed, so tables that build columns from it are not rebuilt on every render.
  return useMemo(() => feedPlace(metadata), [metadata]);
}
