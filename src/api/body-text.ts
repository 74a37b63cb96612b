import { decodeFeedBytes } from '../domain/feed/decode-feed-bytes';
import { LoadError } from './load-error';
import type { LoadResource } from './load-error';

/** A fetched body as it came off the network (or out of the saved copy), not yet decoded. */
export interface FetchedBody {
  bytes: Uint8Array;
  contentType: string | null;
  status: number;
}

/**
 * A fetched body's text, by the same decoder as the file picker and the feed checker, or a
 * LoadError: bytes that are not text, or a web page where JSON was wanted. Pure, so the feed
 * worker can decode a large feed's bytes exactly as the page decodes a small one's.
 */
export function bodyText(body: FetchedBody, url: string, resource: LoadResource): string {
  const { bytes, contentType, status } = body;
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
