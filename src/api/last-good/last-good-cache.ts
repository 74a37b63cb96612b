/**
 * The last good data, kept in the browser's Cache Storage: the bodies (the bytes as they came) of
 * the last feed or mesh that loaded and passed its contract, each stamped with when it was saved. The page writes it (only
 * the page knows whether a load passed), and the page reads it back when the network fails, so it
 * works before the service worker controls the page and where there is no service worker at all.
 * Every call is best effort: a full or missing cache never breaks a load.
 */
export const LAST_GOOD_CACHE = 'interop-last-good-data-v1';
const SAVED_AT_HEADER = 'x-saved-at';

export interface SavedBody {
  bytes: Uint8Array;
  savedAt: Date;
}

/** Cache Storage where the browser offers it (not in Node, jsdom or an insecure page). */
function cacheStorage(): CacheStorage | undefined {
  return typeof caches === 'undefined' ? undefined : caches;
}

/** The URL as the browser resolves it, so one resource has one key however it was written. */
export function absoluteUrl(url: string): string {
  if (typeof window === 'undefined') return url;
  return new URL(url, window.location.href).href;
}

/** Saves each body under its URL with one saved-at time, and forgets the URLs in `drop`. */
export async function saveLastGood(
  bodies: ReadonlyMap<string, Uint8Array>,
  drop: readonly string[],
  savedAt: Date,
): Promise<void> {
  const storage = cacheStorage();
  if (!storage) return;
  try {
    const cache = await storage.open(LAST_GOOD_CACHE);
    const headers = {
      'content-type': 'application/json',
      [SAVED_AT_HEADER]: savedAt.toISOString(),
    };
    await Promise.all([
      ...[...bodies].map(([url, bytes]) =>
        cache.put(url, new Response(bytes as Uint8Array<ArrayBuffer>, { headers })),
      ),
      ...drop.map((url) => cache.delete(url)),
    ]);
  } catch {
    // Out of quota or storage blocked: the reader simply has no saved copy, as before.
  }
}

/** The saved body of a URL and when it was saved, or null when there is none. */
export async function readLastGood(url: string): Promise<SavedBody | null> {
  const storage = cacheStorage();
  if (!storage) return null;
  try {
    const cache = await storage.open(LAST_GOOD_CACHE);
    const response = await cache.match(absoluteUrl(url));
    if (!response) return null;
    const savedAt = new Date(response.headers.get(SAVED_AT_HEADER) ?? '');
    if (Number.isNaN(savedAt.getTime())) return null;
    return { bytes: new Uint8Array(await response.arrayBuffer()), savedAt };
  } catch {
    return null;
  }
}

/** True when this browser can keep data for offline use at all. */
export function canKeepLastGood(): boolean {
  return cacheStorage() !== undefined;
}
