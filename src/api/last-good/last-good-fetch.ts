import { bodyBytes } from '../body-text';
import type { FetchedBody } from '../body-text';
import { LoadError } from '../load-error';
import type { LoadResource } from '../load-error';
import { absoluteUrl, canKeepLastGood, readLastGood } from './last-good-cache';
import { clearSavedCopy, noteSavedCopy } from './saved-copy-notices';

/** The data itself: the map layout and boundaries ship with the app and the service worker. */
const DATA_RESOURCES = new Set<LoadResource>(['feed', 'catalogue', 'data product']);

/**
 * Bodies fetched from the network since the last save, by URL, as the bytes that came (saving a
 * 60 MB feed's decoded text made the browser encode it again, a second-long task). They wait here
 * until the load they belong to has passed its contract (keep-last-good.ts); a load that fails
 * never reaches the save.
 */
const fetchedBodies = new Map<string, Pick<FetchedBody, 'chunks' | 'length'>>();

/** Called with each body fetched from the network. */
export function rememberNetworkBody(
  url: string,
  resource: LoadResource,
  body: Pick<FetchedBody, 'chunks' | 'length'>,
): void {
  if (!DATA_RESOURCES.has(resource) || !canKeepLastGood()) return;
  const key = absoluteUrl(url);
  fetchedBodies.set(key, body);
  clearSavedCopy(key);
}

/**
 * The key to save a network body under, when the body goes to the feed worker to be decoded: the
 * worker saves it if, and only if, it passes its contract (feed-worker-handler.ts), so the page
 * never copies 63 MB into the cache. Null when the body is not a fresh network copy (a saved copy
 * replayed is not saved again). The page forgets the body, whose bytes the worker now owns.
 */
export function handOverNetworkBody(url: string): string | null {
  const key = absoluteUrl(url);
  if (!fetchedBodies.has(key)) return null;
  fetchedBodies.delete(key);
  return key;
}

/**
 * Where the feed worker is to save a feed it fetched itself (feed-worker-fetch.ts), or null when
 * this browser cannot keep data. A fresh network copy has arrived, so the notice that a saved copy
 * is shown for it goes: that is called once the copy has passed, as for a body the page fetched.
 */
export function workerSaveKey(url: string): string | null {
  return canKeepLastGood() ? absoluteUrl(url) : null;
}

/** A fresh network copy of this address arrived (fetched by the worker): no saved copy shown. */
export function noteNetworkCopy(url: string): void {
  clearSavedCopy(absoluteUrl(url));
}

/** The remembered bodies of these URLs; every remembered body is let go (one load, one save). */
export function takeNetworkBodies(urls: readonly string[]): Map<string, Uint8Array> {
  const taken = new Map<string, Uint8Array>();
  for (const url of urls) {
    const body = fetchedBodies.get(url);
    if (body !== undefined) taken.set(url, bodyBytes(body));
  }
  fetchedBodies.clear();
  return taken;
}

/**
 * The saved copy to use instead of a failed fetch, or null. Only a fault of the network (offline,
 * timed out, a 5xx) falls back: a 404 or a body that breaks the contract is an answer from the
 * publisher and is shown as the error it is. The notice says when the copy was saved and why the
 * network copy failed.
 */
export async function savedCopyInstead(
  url: string,
  resource: LoadResource,
  error: unknown,
  signal: AbortSignal | undefined,
): Promise<Uint8Array | null> {
  if (!(error instanceof LoadError) || !error.transient || signal?.aborted) return null;
  if (!DATA_RESOURCES.has(resource)) return null;
  const saved = await readLastGood(url);
  if (!saved) return null;
  noteSavedCopy({ url: absoluteUrl(url), savedAt: saved.savedAt, failure: error.reason });
  return saved.bytes;
}
