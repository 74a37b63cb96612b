import type { Feed } from '../feed/feed-schema';
import { aggregateScores } from '../scoring/aggregate';
import type { AggregateScore } from '../scoring/aggregate';
import { tidy } from '../scoring/precision';
import { medianOf } from './benchmarks';
import type { ProfileGroup } from './benchmarks';

/** One standard on the spine chart: the system's score against the national spread. */
export interface SpineRow {
  id: string;
  name: string;
  categoryId: string;
  categoryName: string;
  /** The system's score; null = not reported. */
  value: number | null;
  /** Unweighted spread across the systems of the period that reported the standard. */
  national: Pick<AggregateScore, 'min' | 'q1' | 'median' | 'q3' | 'max' | 'count'>;
  /** England's value: the population-weighted mean across the systems that reported it. */
  england: number | null;
  peerMedian: number | null;
  /** value - england; negative = behind. */
  gapToEngland: number | null;
  /** value - peerMedian; negative = behind. */
  gapToPeers: number | null;
}

function difference(value: number | null, reference: number | null): number | null {
  return value === null || reference === null ? null : tidy(value - reference);
}

/** Every standard, grouped by category in the feed's category order, then feed order. */
export function spineRows(
  feed: Pick<Feed, 'categories' | 'standards'>,
  group: ProfileGroup,
): SpineRow[] {
  const categoryName = new Map(feed.categories.map((c, i) => [c.id, { name: c.name, order: i }]));
  const populations = group.all.map((score) => score.population);
  const rows = feed.standards.map((standard) => {
    const pick = (score: ProfileGroup['system']) => score.standards[standard.id] ?? null;
    const spread = aggregateScores(group.all.map(pick), populations);
    const value = pick(group.system);
    const peerMedian = medianOf(group.peers.map(pick));
    return {
      id: standard.id,
      name: standard.name,
      categoryId: standard.categoryId,
      categoryName: categoryName.get(standard.categoryId)?.name ?? standard.categoryId,
      value,
      national: {
        min: spread.min,
        q1: spread.q1,
        median: spread.median,
        q3: spread.q3,
        max: spread.max,
        count: spread.count,
      },
      england: spread.populationWeighted,
      peerMedian,
      gapToEngland: difference(value, spread.populationWeighted),
      gapToPeers: difference(value, peerMedian),
    };
  });
  const order = (id: string) => categoryName.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable, so feed order holds within a category.
  return rows.sort((a, b) => order(a.categoryId) - order(b.categoryId));
}

export type SpineOrder = 'category' | 'gap-peers' | 'gap-england';

/**
 * Rows in the order asked for: grouped by category (as built), or furthest behind first by the
 * gap to the peer median or to England; rows with no gap go last, equal gaps by name.
 */
export function sortSpineRows(rows: readonly SpineRow[], order: SpineOrder): SpineRow[] {
  if (order === 'category') return [...rows];
  const gapOf = (row: SpineRow) => (order === 'gap-peers' ? row.gapToPeers : row.gapToEngland);
  return [...rows].sort((a, b) => {
    const [x, y] = [gapOf(a), gapOf(b)];
    if (x === null || y === null)
      return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    return x - y || a.name.localeCompare(b.name);
  });
}
