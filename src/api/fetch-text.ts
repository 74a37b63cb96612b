import { decodeFeedBytes } from '../domain/feed/decode-feed-bytes';
import { fetchBytes } from './fetch-bytes';
import type { FetchBytesOptions } from './fetch-bytes';
import { LoadError } from './load-error';
import { rememberNetworkText, savedCopyInstead } from './last-good/last-good-fetch';
import type { LoadResource } from './load-error';

/** The page's origin where there is one (browsers); Node has no cross-origin rule to explain. */
function pageOrigin(): string | undefined {
  return typeof window === 'undefined' ? undefined : window.location.origin;
}

/**
 * Fetches a JSON resource's body as text (the feed, the map layout, the boundaries, the mesh),
 * turning every failure into a LoadError that says what failed: the resource, the URL, the HTTP
 * status and a reason. The bytes are decoded by the same decoder as the file picker and the feed
 * checker. Parsing happens elsewhere.
 */
export async function fetchText(
  url: string,
  signal?: AbortSignal,
  resource: LoadResource = 'feed',
  options: Omit<FetchBytesOptions, 'signal' | 'resource'> = {},
): Promise<string> {
  // The last data that passed its contract stands in when the network fails (docs/offline.md).
  try {
    const text = await fetchFromNetwork(url, signal, resource, options);
    rememberNetworkText(url, resource, text);
    return text;
  } catch (error) {
    const saved = await savedCopyInstead(url, resource, error, signal);
    if (saved === null) throw error;
    return saved;
  }
}

async function fetchFromNetwork(
  url: string,
  signal: AbortSignal | undefined,
  resource: LoadResource,
  options: Omit<FetchBytesOptions, 'signal' | 'resource'>,
): Promise<string> {
  const origin = pageOrigin();
  const { bytes, contentType, status } = await fetchBytes(url, {
    ...(origin ? { pageOrigin: origin } : {}),
    ...options,
    ...(signal ? { signal } : {}),
    resource,
  });
  const decoded = decodeFeedBytes(bytes);
  if (!decoded.ok) {
    // A web page is the likelier story than an odd encoding when the server says it sent HTML.
    if (!contentType?.includes('text/html'))
      throw new LoadError('bad-encoding', url, decoded.reason, status, resource);
  }
  if (!decoded.ok || looksLikeHtml(decoded.text, contentType)) {
    const what = resource === 'feed' ? 'a JSON feed' : `the ${resource} file`;
    throw new LoadError(
      'html-instead-of-json',
      url,
      `The address returned a web page, not ${what}`,
      status,
      resource,
    );
  }
  return decoded.text;
}

function looksLikeHtml(body: string, contentType: string | null): boolean {
  if (contentType?.includes('text/html')) return true;
  return /^\s*<(!doctype|html)/i.test(body);
}
