/**
 * Sorting for tables: the one SortDirection of the app. Missing values (null, NaN) always sort
 * last, whichever the direction, so a reader sorting by score never sees "no data" rows at the
 * top. Ties keep the rows' given order (Array.prototype.sort is stable), which callers use to
 * break ties by name.
 */
export type SortDirection = 'asc' | 'desc';
export type SortValue = string | number | null;

/** Which column a table is sorted by (its key) and which way. */
export interface TableSort {
  key: string;
  direction: SortDirection;
}

export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  const aMissing = a === null || (typeof a === 'number' && Number.isNaN(a));
  const bMissing = b === null || (typeof b === 'number' && Number.isNaN(b));
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), 'en-GB', { numeric: true, sensitivity: 'base' });
  return direction === 'asc' ? order : -order;
}

export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
): Row[] {
  return rows
    .map((row) => ({ row, key: value(row) }))
    .sort((a, b) => compareSortValues(a.key, b.key, direction))
    .map((entry) => entry.row);
}

/**
 * The sort after a click on a column's header: the sorted column again reverses; a new column
 * starts with numbers highest first (the usual question is "who leads?") and text A to Z.
 */
export function nextSort(current: TableSort | null, key: string, numeric: boolean): TableSort {
  if (current?.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { key, direction: numeric ? 'desc' : 'asc' };
}
