/**
 * A loaded mesh seen as one feed, so every page reads it as it reads a single feed: the reference
 * product's issues and counts plus each usable product's, with each product's paths prefixed by
 * its id (a path means nothing without the file it points into), and for each system whose
 * product gave no data, the words every screen shows instead of a number.
 */
import type { FeedCounts, FeedIssue } from '../feed/feed-issues';
import type { MergedMesh } from './merge-mesh';
import type { ProductOutcome } from './product-outcome';
import { PRODUCT_TABLES } from './product-tables';
import { settleMeshRows } from './settle-mesh-rows';

/** "No data: somerset is unavailable (it uses another contract version)". */
export function unavailableText(product: string, reason: string): string {
  return `No data: ${product} is unavailable (${reason})`;
}

const LOADING_WORD = 'Loading';

/**
 * "Loading: somerset has not arrived yet": a system drawn before its product arrived has no data
 * *yet*, which is neither "No data" (the product failed) nor zero.
 */
export function loadingText(product: string): string {
  return `${LOADING_WORD}: ${product} has not arrived yet`;
}

/** True for loadingText's words, so a map can draw a system still loading unlike a failed one. */
export function isLoadingText(text: string | null | undefined): boolean {
  return text?.startsWith(`${LOADING_WORD}: `) ?? false;
}

/**
 * Each system whose product gave no data, code to the words shown instead of a number: "No data"
 * for a product unusable or unreachable, "Loading" for one not arrived yet.
 */
export function unavailableSystems(merged: MergedMesh): Map<string, string> {
  const result = new Map<string, string>();
  for (const [code, source] of merged.sources) {
    if (source.kind === 'unavailable')
      result.set(code, unavailableText(source.product, source.reason));
    else if (source.kind === 'pending') result.set(code, loadingText(source.product));
  }
  return result;
}

/** "based on 39 of 42 data products", or null when every product gave data. */
export function basedOnProducts({ loaded, total }: MergedMesh['products']): string | null {
  return loaded === total ? null : `based on ${loaded} of ${total} data products`;
}

export interface MeshFeedParts {
  issues: FeedIssue[];
  counts: FeedCounts;
}

/** The reference product's issues and counts, with every usable product's rows added in. */
export function meshFeedParts(
  reference: MeshFeedParts,
  outcomes: Iterable<ProductOutcome>,
): MeshFeedParts {
  const issues = [...reference.issues];
  const counts: FeedCounts = { ...reference.counts };
  for (const table of PRODUCT_TABLES) counts[table] = { read: 0, accepted: 0, rejected: 0 };
  // Settled as mergeMesh settles them, so the counts describe the rows the merged feed holds.
  for (const outcome of settleMeshRows([...outcomes])) {
    if (outcome.kind !== 'loaded') continue;
    for (const issue of outcome.check.issues)
      issues.push({ ...issue, path: `${outcome.id}: ${issue.path}` });
    for (const table of PRODUCT_TABLES) {
      const own = outcome.check.counts[table];
      const sum = counts[table];
      counts[table] = {
        read: sum.read + own.read,
        accepted: sum.accepted + own.accepted,
        rejected: sum.rejected + own.rejected,
      };
    }
  }
  return { issues, counts };
}
