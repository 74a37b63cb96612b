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
const fetchedBodies = new Map<string, Uint8Array>();

/** Called with each body fetched from the network. */
export function rememberNetworkBody(url: string, resource: LoadResource, bytes: Uint8Array): void {
  if (!DATA_RESOURCES.has(resource) || !canKeepLastGood()) return;
  const key = absoluteUrl(url);
  fetchedBodies.set(key, bytes);
  clearSavedCopy(key);
}

/** The remembered bodies of these URLs; every remembered body is let go (one load, one save). */
export function takeNetworkBodies(urls: readonly string[]): Map<string, Uint8Array> {
  const taken = new Map<string, Uint8Array>();
  for (const url of urls) {
    const bytes = fetchedBodies.get(url);
    if (bytes !== undefined) taken.set(url, bytes);
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
