import type { Feed } from '../feed/feed-schema';
import type { Comparison } from '../scoring/compare';
import { benchmarksOf, comparisonsOf } from './benchmarks';
import type { Benchmarks, ProfileGroup } from './benchmarks';

export interface CategoryRow extends Benchmarks {
  id: string;
  name: string;
  /** The system's category score; null when it reported none of the category's standards. */
  value: number | null;
  /** 0-1: share of the category's standard weight the system reported. */
  completeness: number;
  vsEngland: Comparison | null;
  vsPeers: Comparison | null;
}

/** The system against England, its region and its peer median for each category, feed order. */
export function categoryRows(feed: Pick<Feed, 'categories'>, group: ProfileGroup): CategoryRow[] {
  return feed.categories.map((category) => {
    const pick = (score: ProfileGroup['system']) => score.categories[category.id]?.score ?? null;
    const own = group.system.categories[category.id];
    const benchmarks = benchmarksOf(group, pick);
    const { vsEngland, vsPeers } = comparisonsOf(own?.score ?? null, benchmarks);
    return {
      id: category.id,
      name: category.name,
      value: own?.score ?? null,
      completeness: own?.completeness ?? 0,
      ...benchmarks,
      vsEngland,
      vsPeers,
    };
  });
}
