/** The bundled sample feed, unless the build names another with VITE_FEED_URL. */
export const DEFAULT_FEED_URL: string =
  (import.meta.env.VITE_FEED_URL as string | undefined) ?? '/data/feed.json';

/** Resolves a feed address against the page, so the query key is the same absolute URL. */
export function resolveFeedUrl(url: string, base: string): string {
  return new URL(url, base).href;
}
