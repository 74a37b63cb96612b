import { LoadError } from './load-error';
import type { LoadResource } from './load-error';

export const FETCH_TIMEOUT_MS = 20_000;

/**
 * Fetches a JSON resource's body as text (the feed, the map layout, the boundaries), turning every
 * failure into a LoadError that says what failed: the resource, the URL, the HTTP status and a
 * reason. Parsing happens elsewhere.
 */
export async function fetchText(
  url: string,
  signal?: AbortSignal,
  resource: LoadResource = 'feed',
): Promise<string> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const fail = (failure: LoadError['failure'], reason: string, status?: number) =>
    new LoadError(failure, url, reason, status, resource);
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted)
      throw fail('timeout', `No answer within ${FETCH_TIMEOUT_MS / 1000} seconds`);
    if (signal?.aborted) throw error;
    throw fail('network', `The ${resource} could not be reached (network error)`);
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw fail('http', `The server answered HTTP ${response.status}${statusText}`, response.status);
  }
  const body = await response.text();
  if (looksLikeHtml(body, response.headers.get('Content-Type'))) {
    const what = resource === 'feed' ? 'a JSON feed' : `the ${resource} file`;
    throw fail(
      'html-instead-of-json',
      `The address returned a web page, not ${what}`,
      response.status,
    );
  }
  return body;
}

function looksLikeHtml(body: string, contentType: string | null): boolean {
  if (contentType?.includes('text/html')) return true;
  return /^\s*<(!doctype|html)/i.test(body);
}
