import type { LoadedFeed } from '../decode-feed';
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
 * Saves a feed or mesh that loaded and passed its contract (a LoadedFeed exists only then). Data
 * replayed from the saved copy is not saved again: its date must stay the date it last loaded.
 */
export async function keepLastGood(loaded: LoadedFeed, savedAt: Date): Promise<boolean> {
  const urls = lastGoodUrls(loaded);
  const bodies = takeNetworkBodies(urls.save);
  if (!bodies.has(urls.root)) return false;
  await saveLastGood(bodies, urls.drop, savedAt);
  return true;
}
