/**
 * Sorting and filtering the standards table. Missing values always sort last, whichever the
 * direction, so "no data" never poses as the best or the worst; ties fall back to the name so the
 * order is the same on every render and in the CSV.
 */
import { compareSortValues } from './sort-rows';
import type { SortDirection, SortValue } from './sort-rows';
import type { StandardRow } from './standard-rows';

export const STANDARD_SORT_COLUMNS = [
  'name',
  'category',
  'live',
  'population',
  'mean',
  'change',
  'spread',
] as const;

export type StandardSortColumn = (typeof STANDARD_SORT_COLUMNS)[number];

export interface StandardSort {
  column: StandardSortColumn;
  direction: SortDirection;
}

export const DEFAULT_STANDARD_SORT: StandardSort = { column: 'name', direction: 'asc' };

/** What each column sorts by; the table's columns sort by the same values, so both orders agree. */
export const STANDARD_SORT_VALUE: Record<StandardSortColumn, (row: StandardRow) => SortValue> = {
  name: (row) => row.name,
  category: (row) => row.categoryName,
  live: (row) => row.shareLive,
  population: (row) => row.populationCovered,
  mean: (row) => row.meanScore,
  change: (row) => row.changeOverYear,
  spread: (row) => row.iqr,
};

export function sortStandardRows(rows: readonly StandardRow[], sort: StandardSort): StandardRow[] {
  const value = STANDARD_SORT_VALUE[sort.column];
  return [...rows].sort(
    (a, b) =>
      compareSortValues(value(a), value(b), sort.direction) ||
      a.name.localeCompare(b.name, 'en-GB') ||
      a.id.localeCompare(b.id),
  );
}

export interface StandardFilter {
  /** A category id; null for every category. */
  categoryId: string | null;
  /** Words to find in the name, in any case; blank for no search. */
  query: string;
}

/** The rows in the category whose name contains the query (ignoring case and extra spaces). */
export function filterStandardRows(
  rows: readonly StandardRow[],
  filter: StandardFilter,
): StandardRow[] {
  const query = filter.query.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return rows.filter(
    (row) =>
      (filter.categoryId === null || row.categoryId === filter.categoryId) &&
      (query === '' || row.name.toLocaleLowerCase('en-GB').includes(query)),
  );
}

/** A sort from text (a select option's `column:direction`); anything unknown gives the default. */
export function standardSortFrom(column: string | null, direction: string | null): StandardSort {
  const known = STANDARD_SORT_COLUMNS.find((candidate) => candidate === column);
  if (!known) return DEFAULT_STANDARD_SORT;
  return { column: known, direction: direction === 'desc' ? 'desc' : 'asc' };
}
