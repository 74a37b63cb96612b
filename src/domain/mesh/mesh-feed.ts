/**
 * A loaded mesh seen as one feed, so every page reads it as it reads a single feed: the reference
 * product's issues and counts plus each usable product's, with each product's paths prefixed by
 * its id (a path means nothing without the file it points into). The words shown for a system
 * whose product gave no data are in no-data-text.ts, apart, so pages that show them do not load
 * the merging code.
 */
import type { FeedCounts, FeedIssue } from '../feed/feed-issues';
import type { ProductOutcome } from './product-outcome';
import { PRODUCT_TABLES } from './product-tables';
import { settleMeshRows } from './settle-mesh-rows';

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
