import { decodeFeedBytes } from '../domain/feed/decode-feed-bytes';
import { LoadError } from './load-error';
import type { LoadResource } from './load-error';

/**
 * A fetched body as it came off the network (or out of the saved copy), not yet decoded, in the
 * chunks it was read in: joining a 63 MB feed's thousand chunks took about 80 ms, so a large body's
 * chunks are handed to the feed worker as they are and joined there.
 */
export interface FetchedBody {
  chunks: readonly Uint8Array[];
  /** The bytes in all the chunks. */
  length: number;
  contentType: string | null;
  status: number;
}

/** The body's bytes in one array (the one chunk itself when there is only one). */
export function bodyBytes(body: Pick<FetchedBody, 'chunks' | 'length'>): Uint8Array {
  const { chunks, length } = body;
  if (chunks.length === 1 && chunks[0]?.length === length) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** A body of bytes already in one array (a saved copy, a test's). */
export function wholeBody(
  bytes: Uint8Array,
  contentType: string | null = 'application/json',
  status = 200,
): FetchedBody {
  return { chunks: [bytes], length: bytes.length, contentType, status };
}

/**
 * A fetched body's text, by the same decoder as the file picker and the feed checker, or a
 * LoadError: bytes that are not text, or a web page where JSON was wanted. Pure, so the feed
 * worker can decode a large feed's bytes exactly as the page decodes a small one's.
 */
export function bodyText(body: FetchedBody, url: string, resource: LoadResource): string {
  const { contentType, status } = body;
  const decoded = decodeFeedBytes(bodyBytes(body));
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
