/**
 * What the parser reports: issues travel with the data; only an unusable envelope is fatal.
 */

/** The feed's row tables, in the order the parser reads them and the reports list them. */
export const FEED_TABLES = [
  'regions',
  'systems',
  'crosswalk',
  'adjacency',
  'categories',
  'standards',
  'periods',
  'observations',
  'technology',
  'measures',
  'measurements',
] as const;

export type FeedTable = (typeof FEED_TABLES)[number];

export interface FeedIssue {
  severity: 'error' | 'warning';
  table: FeedTable | 'metadata';
  /** A JSON path into the feed, such as `$.observations[12].coverage`. */
  path: string;
  /** A sentence a publisher understands. */
  reason: string;
}

/** Per table, `accepted + rejected === read`, always. */
export interface TableCount {
  read: number;
  accepted: number;
  rejected: number;
}

export type FeedCounts = Record<FeedTable, TableCount>;

export interface FeedFatal {
  path: string;
  reason: string;
}

/** One reason a row was rejected; a rejected row has at least one. */
export interface RowProblem {
  path: string;
  reason: string;
}

/**
 * An accepted row may carry warnings: something implausible that rejects nothing but that the
 * publisher should check (an area of 1e308 km²).
 */
export type RowVerdict<T> =
  { ok: true; value: T; warnings?: RowProblem[] } | { ok: false; problems: RowProblem[] };

/**
 * For each accepted row, its index in the publisher's list, so a path written about an accepted
 * row (a warning) points into the publisher's file even after earlier rows were rejected.
 */
export interface SourceRows {
  systems: readonly number[];
  standards: readonly number[];
  periods: readonly number[];
}
