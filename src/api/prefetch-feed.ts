import type { QueryClient } from '@tanstack/react-query';
import { currentFeedSource } from './active-feed-source';
import { feedQueryOptions } from './feed-query';

/**
 * Starts loading the feed the first page will show, at app start: a route's code and its static
 * imports load one after another before its first render would ask for the data, so without this
 * the data request waited 0.3-0.8 s (README "Data mesh"). The page's own query then finds the
 * load under way. A local file is never prefetched (there is none at start). Resolves once the
 * load has settled, either way (the service worker waits for it), and never rejects: failures are
 * the page's to show, with Retry.
 */
export function prefetchShownFeed(queryClient: QueryClient): Promise<void> {
  const source = currentFeedSource();
  if (source.kind !== 'url') return Promise.resolve();
  return queryClient.prefetchQuery(feedQueryOptions(source));
}
