import { DEFAULT_MESH_URL } from './mesh/mesh-url';

/**
 * What the dashboard shows by default: the bundled data mesh's catalogue (every system's own data
 * product, docs/data-mesh.md), unless the build names another feed or catalogue with
 * VITE_FEED_URL. The same data as one file stays at /data/feed.json for `?feed=` and tools.
 */
export const DEFAULT_FEED_URL: string =
  (import.meta.env.VITE_FEED_URL as string | undefined) ?? DEFAULT_MESH_URL;

/** Resolves a feed address against the page, so the query key is the same absolute URL. */
export function resolveFeedUrl(url: string, base: string): string {
  return new URL(url, base).href;
}
