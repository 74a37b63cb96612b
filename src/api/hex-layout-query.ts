import { queryOptions, usePrefetchQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { HexJson, ParsedHexJson } from '../domain/geography/hexjson';
import { feedWorker } from './feed-worker';
import { fetchText } from './fetch-text';
import { LoadError } from './load-error';
import { queryKeys } from './query-keys';
import { offThread } from './score-off-thread';

/** The committed hex layout of the 42 ICBs of April 2023 (built by `npm run build:hex`). */
export const HEX_LAYOUT_URL = '/geo/icb23.hexjson';

/** The layout checked on the page: zod's full build is loaded and evaluated here. */
async function checkHere(json: unknown): Promise<ParsedHexJson> {
  const { parseHexJson } = await import('../domain/geography/hexjson');
  return parseHexJson(json);
}

/**
 * The layout's checker is zod's full build, so it is neither carried in the first view's code
 * (README "JS size budget") nor run on the page when there is a feed worker: evaluating zod there
 * was one task of 120-190 ms, the longest left while a 60 MB feed loads (issue 18). The worker
 * has zod already, for the feed's contract.
 */
export async function fetchHexLayout(url: string, signal?: AbortSignal): Promise<HexJson> {
  const worker = feedWorker();
  const text = await fetchText(url, signal, 'map layout');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LoadError(
      'not-json',
      url,
      'The map layout is not valid JSON',
      undefined,
      'map layout',
    );
  }
  const parsed = await offThread(
    worker,
    (client) => client.checkHexLayout(json),
    () => checkHere(json),
  );
  if (!parsed.ok) {
    const reason = `The map layout cannot be used: ${parsed.reason}`;
    throw new LoadError('unusable-file', url, reason, undefined, 'map layout');
  }
  return parsed.layout;
}

export function hexLayoutQueryOptions(url: string) {
  return queryOptions({
    queryKey: queryKeys.hexLayout.byUrl(url),
    queryFn: ({ signal }) => fetchHexLayout(url, signal),
    staleTime: Infinity,
  });
}

const absoluteUrl = (url: string) => new URL(url, window.location.href).href;

export function useHexLayout(url = HEX_LAYOUT_URL): HexJson {
  return useSuspenseQuery(hexLayoutQueryOptions(absoluteUrl(url))).data;
}

/**
 * Starts loading the layout without waiting for it. A page that draws the map calls this before
 * it waits for the data: useHexLayout after the data asked for the layout only once the data had
 * arrived, so its request and its check in the feed worker were on the way to the first view (on
 * `/`, requested 30-360 ms after the last product in local builds).
 */
export function usePrefetchHexLayout(url = HEX_LAYOUT_URL): void {
  usePrefetchQuery(hexLayoutQueryOptions(absoluteUrl(url)));
}
