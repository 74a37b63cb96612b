import type { Category, Feed, Measure, Region, Standard, System } from './feed-schema';

/** A feed's lookups by code or id, so screens stop rebuilding a Map (or scanning) per render. */
export interface FeedIndex {
  systems: ReadonlyMap<string, System>;
  regions: ReadonlyMap<string, Region>;
  standards: ReadonlyMap<string, Standard>;
  categories: ReadonlyMap<string, Category>;
  /** Measures by id (contract 1.2); empty for a feed that publishes none. */
  measures: ReadonlyMap<string, Measure>;
}

/** The first row wins, as `Array.find` did: the parser rejects duplicates, but a test fixture may not. */
function byKey<T>(rows: readonly T[], key: (row: T) => string): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) if (!map.has(key(row))) map.set(key(row), row);
  return map;
}

/** Pure and linear in the feed's reference tables; the api layer caches one per feed object. */
export function buildFeedIndex(
  feed: Pick<Feed, 'geography' | 'standards' | 'categories'> & Partial<Pick<Feed, 'measures'>>,
): FeedIndex {
  return {
    systems: byKey(feed.geography.systems, (system) => system.code),
    regions: byKey(feed.geography.regions, (region) => region.code),
    standards: byKey(feed.standards, (standard) => standard.id),
    categories: byKey(feed.categories, (category) => category.id),
    measures: byKey(feed.measures ?? [], (measure) => measure.id),
  };
}
