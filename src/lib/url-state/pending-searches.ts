/**
 * The search strings this page has written but the router has not rendered yet, and the newest
 * of them. The router renders navigations later (in a transition, after its own async work), and
 * may render an older write after a newer one was made: taking that older render as "the latest"
 * would build the next change on it and lose the ones in between (a quick fourth key press).
 */
export interface PendingSearches {
  readonly latest: string;
  readonly pending: readonly string[];
}

/** A write: it becomes the newest, and is pending until rendered. */
export function written(state: PendingSearches, search: string): PendingSearches {
  return { latest: search, pending: [...state.pending, search] };
}

/**
 * The router rendered `search`. If it is one of our writes, it and every older write have landed
 * and the newest write stays the latest. Anything else came from elsewhere (a link, Back): the
 * page starts from it.
 */
export function rendered(state: PendingSearches, search: string): PendingSearches {
  const at = state.pending.indexOf(search);
  if (at < 0) return { latest: search, pending: [] };
  return { latest: state.latest, pending: state.pending.slice(at + 1) };
}
