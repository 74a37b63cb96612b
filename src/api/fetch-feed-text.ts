import { FeedLoadError } from './feed-load-error';

export const FEED_TIMEOUT_MS = 20_000;

/**
 * Fetches a feed's body as text, turning every failure into a FeedLoadError that says what failed:
 * the URL, the HTTP status and a reason. Parsing happens elsewhere.
 */
export async function fetchFeedText(url: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(FEED_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) {
      throw new FeedLoadError('timeout', url, `No answer within ${FEED_TIMEOUT_MS / 1000} seconds`);
    }
    if (signal?.aborted) throw error;
    throw new FeedLoadError('network', url, 'The feed could not be reached (network error)');
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw new FeedLoadError(
      'http',
      url,
      `The server answered HTTP ${response.status}${statusText}`,
      response.status,
    );
  }
  const body = await response.text();
  if (looksLikeHtml(body, response.headers.get('Content-Type'))) {
    throw new FeedLoadError(
      'html-instead-of-json',
      url,
      'The address returned a web page, not a JSON feed',
      response.status,
    );
  }
  return body;
}

function looksLikeHtml(body: string, contentType: string | null): boolean {
  if (contentType?.includes('text/html')) return true;
  return /^\s*<(!doctype|html)/i.test(body);
}
