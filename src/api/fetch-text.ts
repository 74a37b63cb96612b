import { bodyText, wholeBody } from './body-text';
import type { FetchedBody } from './body-text';
import { fetchChunks } from './fetch-bytes';
import type { FetchBytesOptions } from './fetch-bytes';
import { rememberNetworkBody, savedCopyInstead } from './last-good/last-good-fetch';
import type { LoadResource } from './load-error';

/** The page's origin where there is one (browsers); Node has no cross-origin rule to explain. */
function pageOrigin(): string | undefined {
  return typeof window === 'undefined' ? undefined : window.location.origin;
}

type FetchTextOptions = Omit<FetchBytesOptions, 'signal' | 'resource'>;

/**
 * Fetches a resource's body as bytes, turning every failure into a LoadError that says what
 * failed: the resource, the URL, the HTTP status and a reason. The bytes are kept, not a decoded
 * text: a 60 MB feed is decoded in the feed worker, and saved for offline use as it came.
 */
export async function fetchBody(
  url: string,
  signal?: AbortSignal,
  resource: LoadResource = 'feed',
  options: FetchTextOptions = {},
): Promise<FetchedBody> {
  // The last data that passed its contract stands in when the network fails (docs/offline.md).
  try {
    const origin = pageOrigin();
    const body = await fetchChunks(url, {
      ...(origin ? { pageOrigin: origin } : {}),
      ...options,
      ...(signal ? { signal } : {}),
      resource,
    });
    rememberNetworkBody(url, resource, body);
    return body;
  } catch (error) {
    const saved = await savedCopyInstead(url, resource, error, signal);
    if (saved === null) throw error;
    return wholeBody(saved);
  }
}

/**
 * Fetches a JSON resource's body as text (the map layout, the boundaries, the mesh's parts),
 * decoded by the same decoder as the file picker and the feed checker. Parsing happens elsewhere.
 */
export async function fetchText(
  url: string,
  signal?: AbortSignal,
  resource: LoadResource = 'feed',
  options: FetchTextOptions = {},
): Promise<string> {
  return bodyText(await fetchBody(url, signal, resource, options), url, resource);
}
