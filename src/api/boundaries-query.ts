import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BoundaryFeature } from '../domain/geography/boundaries';
import { BOUNDARIES_URL } from './boundaries-url';
import { LoadError } from './load-error';
import { fetchText } from './fetch-text';
import { queryKeys } from './query-keys';

/**
 * The optional boundaries file as a value, never a thrown error: the geographic map is an extra,
 * so a missing file only hides its toggle. `not-available`: no file could be fetched (HTTP error,
 * network, a web page instead of JSON). `unusable`: a file came back but cannot be drawn.
 */
export type BoundariesLoad =
  | { status: 'available'; url: string; features: BoundaryFeature[] }
  | { status: 'not-available'; url: string; reason: string }
  | { status: 'unusable'; url: string; reason: string };

export type BoundariesState = { status: 'loading' } | BoundariesLoad;

function notAvailableReason(error: LoadError): string {
  switch (error.failure) {
    case 'http':
      return `No boundaries file at this address (HTTP ${error.status ?? 'error'})`;
    case 'html-instead-of-json':
      return 'The address returned a web page, not a boundaries file';
    case 'timeout':
      return error.reason;
    default:
      return 'The boundaries file could not be reached (network error)';
  }
}

export async function fetchBoundaries(url: string, signal?: AbortSignal): Promise<BoundariesLoad> {
  let text: string;
  try {
    text = await fetchText(url, signal, 'boundaries');
  } catch (error) {
    // Only a cancelled request is rethrown, so the query is cancelled rather than failed.
    if (!(error instanceof LoadError)) throw error;
    return { status: 'not-available', url, reason: notAvailableReason(error) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return { status: 'unusable', url, reason: `The boundaries file is not valid JSON${detail}` };
  }
  // topojson-client comes with the parser, loaded only when a boundaries file has arrived (most
  // sites have none), not with the national page (issue 15).
  const { boundariesFromJson } = await import('../domain/geography/boundaries');
  const result = boundariesFromJson(json);
  return result.ok
    ? { status: 'available', url, features: result.features }
    : { status: 'unusable', url, reason: `The boundaries file cannot be used: ${result.reason}` };
}

/** Fetched once per session: the file does not change, and a 404 is an answer, not a fault. */
export function boundariesQueryOptions(url: string) {
  return queryOptions({
    queryKey: queryKeys.boundaries.byUrl(url),
    queryFn: ({ signal }) => fetchBoundaries(url, signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** The boundaries at `url` (default: the configured file); `null` means none configured. */
export function useBoundaries(url: string | null = BOUNDARIES_URL): BoundariesState {
  const query = useQuery({ ...boundariesQueryOptions(url ?? ''), enabled: url !== null });
  if (url === null) {
    return { status: 'not-available', url: '', reason: 'No boundaries file is configured' };
  }
  if (query.isError) {
    return { status: 'unusable', url, reason: 'The boundaries file could not be read' };
  }
  return query.data ?? { status: 'loading' };
}

/** True only once a usable boundaries file has loaded: the "Geographic map" toggle shows then. */
export function useBoundariesAvailable(url: string | null = BOUNDARIES_URL): boolean {
  return useBoundaries(url).status === 'available';
}
