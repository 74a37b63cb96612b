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

/** Accepts only http(s) addresses from a `?feed=` link; anything else is ignored. */
export function feedUrlFromParam(param: string | null, pageUrl: string): string | null {
  if (!param) return null;
  try {
    const url = new URL(param, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
