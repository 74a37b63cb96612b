/**
 * Sorting and filtering the standards table. Missing values always sort last, whichever the
 * direction, so "no data" never poses as the best or the worst; ties fall back to the name so the
 * order is the same on every render and in the CSV.
 */
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
export type SortDirection = 'asc' | 'desc';

export interface StandardSort {
  column: StandardSortColumn;
  direction: SortDirection;
}

export const DEFAULT_STANDARD_SORT: StandardSort = { column: 'name', direction: 'asc' };

const VALUE: Record<StandardSortColumn, (row: StandardRow) => string | number | null> = {
  name: (row) => row.name,
  category: (row) => row.categoryName,
  live: (row) => row.shareLive,
  population: (row) => row.populationCovered,
  mean: (row) => row.meanScore,
  change: (row) => row.changeOverYear,
  spread: (row) => row.iqr,
};

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en-GB');
  return Number(a) - Number(b);
}

export function sortStandardRows(rows: readonly StandardRow[], sort: StandardSort): StandardRow[] {
  const value = VALUE[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = compareValues(x, y);
      if (order !== 0) return sign * order;
    }
    return a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id);
  });
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

/** A sort read from URL parameters; anything unknown falls back to the default. */
export function standardSortFrom(column: string | null, direction: string | null): StandardSort {
  const known = STANDARD_SORT_COLUMNS.find((candidate) => candidate === column);
  if (!known) return DEFAULT_STANDARD_SORT;
  return { column: known, direction: direction === 'desc' ? 'desc' : 'asc' };
}

/** Clicking a header sorts by it ascending; clicking the sorted header again reverses it. */
export function nextStandardSort(current: StandardSort, column: StandardSortColumn): StandardSort {
  if (current.column !== column) return { column, direction: 'asc' };
  return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
