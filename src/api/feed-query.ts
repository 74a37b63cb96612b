import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useActiveFeedSource } from './active-feed-source';
import type { LoadedFeed } from './decode-feed';
import { decodeFeedOffThread } from './decode-feed-off-thread';
import { fetchText } from './fetch-text';
import { LoadError } from './load-error';
import type { FeedSource } from './feed-source';
import { queryKeys } from './query-keys';

export async function fetchFeed(url: string, signal?: AbortSignal): Promise<LoadedFeed> {
  const text = await fetchText(url, signal);
  return decodeFeedOffThread(text, url);
}

/**
 * A URL feed is fetched and kept for the session (a published feed changes at most a few times a
 * day). A local file's feed lives only in the cache, put there when the file was read.
 */
export function feedQueryOptions(source: FeedSource) {
  const isFile = source.kind === 'file';
  return queryOptions({
    queryKey: queryKeys.feed.bySource(source),
    queryFn: ({ signal }): Promise<LoadedFeed> =>
      source.kind === 'url'
        ? fetchFeed(source.url, signal)
        : Promise.reject(
            new LoadError(
              'file-gone',
              source.name,
              'The file is no longer in memory; load it again',
            ),
          ),
    staleTime: isFile ? Infinity : 30 * 60 * 1000,
    // A refetched feed replaces the old one whole: deep-comparing tens of thousands of rows costs
    // more than it saves, and the feed worker knows each feed it parsed by object identity.
    structuralSharing: false,
    ...(isFile ? { gcTime: Infinity, retry: false } : {}),
  });
}

/** The feed currently shown; suspends while loading and throws a LoadError on failure. */
export function useFeed(): LoadedFeed {
  return useSuspenseQuery(feedQueryOptions(useActiveFeedSource())).data;
}

/** The same query without suspending, for chrome (banners) that must never block or throw. */
export function useFeedStatus() {
  return useQuery(feedQueryOptions(useActiveFeedSource()));
}
