/**
 * Pages that show nothing from the feed (the accessibility statement, what's new, access our data)
 * carry this route handle. They render at once, without waiting for the data, so the layout's
 * notices about the data (illustrative, out of date, custom weights) would arrive above them a
 * moment later and push the page down (layout shift 0.10 on /accessibility at 412 px). Those
 * notices are about figures these pages do not show, so the layout leaves them out there.
 */
export const FEED_FREE_PAGE = { feedFree: true } as const;

export function isFeedFreePage(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && 'feedFree' in handle;
}

/**
 * The national page says itself how far a mesh's load has got (its roll-up line), so the
 * layout's bar (mesh-arriving-bar.tsx) is left out there.
 */
export const OWN_MESH_PROGRESS = { ownMeshProgress: true } as const;

export function hasOwnMeshProgress(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && 'ownMeshProgress' in handle;
}
