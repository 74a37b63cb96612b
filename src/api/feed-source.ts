import { DEFAULT_FEED_URL, resolveFeedUrl } from './feed-url';

/** Where the feed being shown comes from. */
export type FeedSource =
  { kind: 'url'; url: string } | { kind: 'file'; id: string; name: string; size: number };

export function defaultFeedSource(pageUrl: string): FeedSource {
  return { kind: 'url', url: resolveFeedUrl(DEFAULT_FEED_URL, pageUrl) };
}

export function isDefaultSource(source: FeedSource, pageUrl: string): boolean {
  const fallback = defaultFeedSource(pageUrl);
  return source.kind === 'url' && fallback.kind === 'url' && source.url === fallback.url;
}

/** True when a feed address is on another site than the dashboard itself. */
export function isCrossOrigin(feedUrl: string, pageUrl: string): boolean {
  return new URL(feedUrl).origin !== new URL(pageUrl).origin;
}

/** What a `?feed=` link asks for: nothing, a web address to load, or something refused and why. */
export type FeedParam =
  | { kind: 'none' }
  | { kind: 'url'; url: string }
  | { kind: 'refused'; param: string; reason: string };

const ONLY_WEB = 'only http:// and https:// feed addresses can be loaded from a link';

/**
 * Reads a `?feed=` link. Only http(s) addresses are loaded; anything else (a `javascript:` or
 * `data:` address, a local file) is refused with a reason the page shows, never silently dropped,
 * so the reader knows the numbers on screen are not the ones the link asked for.
 */
export function readFeedParam(param: string | null, pageUrl: string): FeedParam {
  if (!param) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(param, pageUrl);
  } catch {
    return { kind: 'refused', param, reason: `it is not a web address; ${ONLY_WEB}` };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'url', url: url.href };
  const scheme = url.protocol;
  const why =
    scheme === 'javascript:'
      ? 'a javascript: address runs code rather than naming a feed'
      : scheme === 'data:'
        ? 'a data: address carries its own content, which could pass off made-up numbers'
        : `${scheme} addresses are not allowed`;
  return { kind: 'refused', param, reason: `${why}; ${ONLY_WEB}` };
}

/** Accepts only http(s) addresses from a `?feed=` link; see readFeedParam for the refusals. */
export function feedUrlFromParam(param: string | null, pageUrl: string): string | null {
  const read = readFeedParam(param, pageUrl);
  return read.kind === 'url' ? read.url : null;
}
