/**
 * What fetchFeed (feed-query.ts) needs once a body has arrived, in one module it imports
 * dynamically: decoding and validating a feed, and federating a mesh. These carry the feed
 * contract's schemas and zod, which the app's shell and first render do not need.
 */
export { decodeFeedBodyOffThread } from './decode-feed-off-thread';
export { loadMeshFromCatalogue } from './mesh/load-mesh';
export { meshLoadedFeed, parseCatalogueText } from './mesh/mesh-loaded-feed';
