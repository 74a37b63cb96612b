import type { QueryClient } from '@tanstack/react-query';
import { currentFeedSource } from './active-feed-source';
import { feedQueryOptions } from './feed-query';
import { releaseEarlyFetches } from './early-fetch/early-response';
import { feedWorker } from './feed-worker';

const noop = () => undefined;

/**
 * Starts loading the feed the first page will show, at app start: a route's code and its static
 * imports load one after another before its first render would ask for the data, so without this
 * the data request waited 0.3-0.8 s (README "Data mesh"). The page's own query then finds the
 * load under way. A local file is never prefetched (there is none at start). Resolves once the
 * load has settled, either way (the service worker waits for it), and never rejects: failures are
 * the page's to show, with Retry.
 *
 * The feed worker is started now too, while the data downloads: a large feed is parsed there and
 * a mesh's reference product and every product are checked there, so otherwise its script was
 * fetched and compiled only once the first body had arrived, on the way to the first view.
 */
export function prefetchShownFeed(queryClient: QueryClient): Promise<void> {
  const source = currentFeedSource();
  if (source.kind !== 'url') return Promise.resolve();
  // A worker that cannot start is found out here and the loads then work on the page. Only then
  // does the inline script ask for a mesh's products after the first wave (early-fetch-script.ts).
  const worker = feedWorker();
  const running = worker ? worker.running().then(noop, noop) : Promise.resolve();
  void running.then(releaseEarlyFetches);
  return queryClient.prefetchQuery(feedQueryOptions(source));
}
