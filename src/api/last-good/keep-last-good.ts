import type { LoadedFeed } from '../decode-feed';
import { WorkerUnavailable } from '../feed-worker-client';
import type { FeedWorkerClient } from '../feed-worker-client';
import { feedWorker } from '../feed-worker';
import { productUrl } from '../../domain/mesh/product-url';
import { absoluteUrl, saveLastGood } from './last-good-cache';
import { takeNetworkBodies } from './last-good-fetch';

export interface LastGoodUrls {
  /** The URL whose body must be fresh for anything to be saved: the feed or the catalogue. */
  root: string;
  save: string[];
  /** Products that did not pass this time: an older copy of them must not be replayed. */
  drop: string[];
}

/** Which URLs make up a loaded feed or mesh, and which of its products passed their checks. */
export function lastGoodUrls(loaded: LoadedFeed): LastGoodUrls {
  const root = absoluteUrl(loaded.url);
  const mesh = loaded.mesh;
  if (!mesh) return { root, save: [root], drop: [] };
  const save = [root, productUrl(root, mesh.catalogue.reference.url)];
  const drop: string[] = [];
  for (const entry of mesh.catalogue.products) {
    const url = productUrl(root, entry.url);
    const outcome = mesh.outcomes.get(entry.id);
    (outcome?.kind === 'loaded' ? save : drop).push(url);
  }
  return { root, save, drop };
}

/**
 * The save, in the feed worker where there is one (`new Response` and a cache write for each of
 * a mesh's fifty bodies took the page 35 ms as the national view was drawn), else on the page.
 */
async function saveOffThread(
  bodies: ReadonlyMap<string, Uint8Array>,
  drop: readonly string[],
  savedAt: Date,
  worker: FeedWorkerClient | null,
): Promise<void> {
  if (worker) {
    try {
      await worker.save(bodies, drop, savedAt);
      return;
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  await saveLastGood(bodies, drop, savedAt);
}

/**
 * Saves a feed or mesh that loaded and passed its contract (a LoadedFeed exists only then). Data
 * replayed from the saved copy is not saved again: its date must stay the date it last loaded.
 * A mesh drawn while its products still arrive is not saved: it would drop the saved copies of
 * the products still on their way, and it took the network bodies the finished mesh needs, so
 * only the products of the first partial view were ever saved.
 */
export async function keepLastGood(
  loaded: LoadedFeed,
  savedAt: Date,
  worker: FeedWorkerClient | null = feedWorker(),
): Promise<boolean> {
  if (loaded.mesh && !loaded.mesh.complete) return false;
  const urls = lastGoodUrls(loaded);
  const bodies = takeNetworkBodies(urls.save);
  if (!bodies.has(urls.root)) return false;
  await saveOffThread(bodies, urls.drop, savedAt, worker);
  return true;
}
