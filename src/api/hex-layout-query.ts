import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { HexJson } from '../domain/geography/hexjson';
import { fetchText } from './fetch-text';
import { LoadError } from './load-error';
import { queryKeys } from './query-keys';

/** The committed hex layout of the 42 ICBs of April 2023 (built by `npm run build:hex`). */
export const HEX_LAYOUT_URL = '/geo/icb23.hexjson';

/**
 * The layout's checker (zod's full build) is asked for beside the layout's request, not carried in
 * the first view's code (README "JS size budget").
 */
export async function fetchHexLayout(url: string, signal?: AbortSignal): Promise<HexJson> {
  const checker = import('../domain/geography/hexjson');
  // A failed request ends here before the checker is awaited; its failure is not news then.
  checker.catch(() => undefined);
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
  const { parseHexJson } = await checker;
  const parsed = parseHexJson(json);
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

export function useHexLayout(url = HEX_LAYOUT_URL): HexJson {
  const absolute = new URL(url, window.location.href).href;
  return useSuspenseQuery(hexLayoutQueryOptions(absolute)).data;
}
