import { useDeferredValue } from 'react';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useActiveFeedSource } from './active-feed-source';
import type { LoadedFeed } from './decode-feed';
import type { FetchedBody } from './body-text';
import { readEarlyOnPage } from './early-fetch/early-response';
import { DEFAULT_MESH_URL } from './mesh/mesh-url';
import { beginFeedLoad } from './feed-load-status';
import type { WorkerFetchResult } from './fetch-feed-in-worker';
import { feedWorker } from './feed-worker';
import { WorkerUnavailable } from './feed-worker-client';
import { fetchBody } from './fetch-text';
import { fetchWithRetries } from './fetch-with-retries';
import type { RetryOptions } from './fetch-with-retries';
import { LoadError } from './load-error';
import type { FeedSource } from './feed-source';
import { queryKeys } from './query-keys';

/**
 * The code that reads a fetched body (the feed contract's row schemas, the mesh loader, and zod's
 * full build under them) is asked for when a load starts, beside the data request, so the app's
 * first view does not wait for it (README "JS size budget").
 */
function loadBodyReaders() {
  const readers = import('./feed-body-readers');
  // A failed fetch ends the load before the readers are awaited; their failure is not news then.
  readers.catch(() => undefined);
  return readers;
}

/** Whether two addresses name one resource, read against the page. */
function sameAddress(a: string, b: string): boolean {
  const base = window.location.href;
  return new URL(a, base).href === new URL(b, base).href;
}

/**
 * Fetches and decodes a feed, retrying only transient faults, and publishes each step (attempt,
 * bytes received, data products settled) for the loading message and its Stop button. A mesh
 * catalogue at the address is federated (docs/data-mesh.md) and then read like any feed.
 */
export async function fetchFeed(
  url: string,
  signal?: AbortSignal,
  retry: Pick<RetryOptions, 'attempts' | 'delayMs'> = {},
  onPartial?: (partial: LoadedFeed) => void,
): Promise<LoadedFeed> {
  const load = beginFeedLoad(url);
  const readers = loadBodyReaders();
  // The feed worker fetches the feed, so a big feed's bytes never pass through the page's thread
  // (issue 18 item 6), except one that index.html's inline script has already started and that is
  // not big (the default catalogue, issue 13; a same-site feed of a few MB), read here; with no
  // worker, or if it cannot run, the page fetches.
  try {
    // Stop (or the query's cancel) ends the wait for the early response's headers at once.
    const stop = signal ? AbortSignal.any([load.stopSignal, signal]) : load.stopSignal;
    const knownSmall = typeof window !== 'undefined' && sameAddress(url, DEFAULT_MESH_URL);
    let worker = (await readEarlyOnPage(url, { signal: stop, knownSmall })) ? null : feedWorker();
    const fetched = await fetchWithRetries<WorkerFetchResult | { kind: 'body'; body: FetchedBody }>(
      url,
      async (attemptSignal, onProgress) => {
        // The readers' chunk holds the worker's side of the load; if it cannot load, the page
        // fetches, so an offline reader still sees the fetch's own error or the saved copy.
        const inWorker = worker ? (await readers.catch(() => null))?.fetchFeedInWorker : null;
        if (worker && inWorker) {
          try {
            return await inWorker(worker, url, attemptSignal, onProgress);
          } catch (error) {
            if (!(error instanceof WorkerUnavailable)) throw error;
            worker = null;
          }
        }
        return { kind: 'body', body: await fetchBody(url, attemptSignal, 'feed', { onProgress }) };
      },
      {
        ...retry,
        ...(signal ? { signal } : {}),
        stopSignal: load.stopSignal,
        onStatus: load.onStatus,
      },
    );
    const { decodeFeedBodyOffThread, loadMeshFromCatalogue, meshLoadedFeed, parseCatalogueText } =
      await readers;
    const decoded =
      fetched.kind === 'body' || fetched.kind === 'saved-body'
        ? await decodeFeedBodyOffThread(fetched.body, url)
        : fetched;
    if (decoded.kind === 'catalogue') {
      const mesh = await loadMeshFromCatalogue(url, parseCatalogueText(decoded.text, url), signal, {
        onProgress: load.onProducts,
        ...(onPartial ? { partial: { onPartial: (part) => onPartial(meshLoadedFeed(part)) } } : {}),
      });
      return meshLoadedFeed(mesh);
    }
    return decoded.loaded;
  } finally {
    load.end();
  }
}

/**
 * A URL feed is fetched and kept for the session (a published feed changes at most a few times a
 * day). A local file's feed lives only in the cache, put there when the file was read.
 */
export function feedQueryOptions(source: FeedSource) {
  const isFile = source.kind === 'file';
  return queryOptions({
    queryKey: queryKeys.feed.bySource(source),
    queryFn: ({ signal, client, queryKey }): Promise<LoadedFeed> =>
      source.kind === 'url'
        ? // A mesh is shown while its products arrive: each partial view is the query's data
          // until the next, and the finished load replaces the last (docs/data-mesh.md).
          fetchFeed(source.url, signal, {}, (partial) => client.setQueryData(queryKey, partial))
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
    // fetchFeed retries transient faults itself, so that Stop can end a wait between attempts.
    retry: false,
    ...(isFile ? { gcTime: Infinity } : {}),
  });
}

/**
 * The feed currently shown; suspends while loading and throws a LoadError on failure. Deferred so
 * that a newer view of the same feed (a mesh's next products) is drawn once what it needs (its
 * scores) is ready, keeping the previous view on screen meanwhile instead of the loading message.
 */
export function useFeed(): LoadedFeed {
  return useDeferredValue(useSuspenseQuery(feedQueryOptions(useActiveFeedSource())).data);
}

/** The same query without suspending, for chrome (banners) that must never block or throw. */
export function useFeedStatus() {
  return useQuery(feedQueryOptions(useActiveFeedSource()));
}

/**
 * The feed once the page has loaded it, or null, without starting, retrying or refetching it: for
 * context that decorates downloads. An observer that could fetch, mounted around every page, ran a
 * failing feed's retries through again on mount and hid "Trying again (attempt 2 of 4)".
 */
export function useLoadedFeed(): LoadedFeed | null {
  return useQuery({ ...feedQueryOptions(useActiveFeedSource()), enabled: false }).data ?? null;
}
