import { bodyText } from './body-text';
import type { FetchedBody } from './body-text';
import { decodeFeed } from './decode-feed';
import type { LoadedFeed } from './decode-feed';
import { isCatalogueText } from './mesh/catalogue-text';

/** What a body fetched from a feed's address turned out to be: a feed, or a mesh's catalogue. */
export type DecodedFeedBody =
  { kind: 'feed'; loaded: LoadedFeed } | { kind: 'catalogue'; text: string };

/**
 * Decodes, parses and validates a body fetched from a feed's address, throwing a LoadError when
 * it is not text, is a web page, is not JSON or is not a usable feed. A catalogue comes back as
 * text, for the mesh loader. The same steps on the page (small bodies) and in the feed worker.
 */
export function decodeFeedBody(body: FetchedBody, url: string): DecodedFeedBody {
  const text = bodyText(body, url, 'feed');
  if (isCatalogueText(text)) return { kind: 'catalogue', text };
  return { kind: 'feed', loaded: decodeFeed(text, url) };
}
