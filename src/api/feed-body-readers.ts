import type { loadMeshFromCatalogue as LoadMesh } from './mesh/load-mesh';

/**
 * What fetchFeed (feed-query.ts) needs once a body has arrived, in one module it imports
 * dynamically: decoding and validating a feed, and federating a mesh. The feed contract's schemas
 * and zod's full build under them are loaded only when the page itself reads with them (a small
 * feed, a mesh, no worker): evaluating zod on the page was a task of 120-190 ms while a 60 MB
 * feed, read by the worker, loaded (issue 18).
 */
export { decodeFeedBodyOffThread } from './decode-feed-off-thread';
/** Here, not on the first view: it is asked for beside the feed worker, which starts longer. */
export { fetchFeedInWorker } from './fetch-feed-in-worker';
export { meshLoadedFeed, parseCatalogueText } from './mesh/mesh-loaded-feed';

/** The mesh loader (it checks the catalogue and the reference with zod), loaded for a mesh only. */
export async function loadMeshFromCatalogue(
  ...args: Parameters<typeof LoadMesh>
): ReturnType<typeof LoadMesh> {
  const { loadMeshFromCatalogue: load } = await import('./mesh/load-mesh');
  return load(...args);
}
