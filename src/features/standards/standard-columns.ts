import type { SortDirection } from '../../domain/tables/sort-rows';
import type { StandardSortColumn } from '../../domain/tables/standard-row-order';

export interface StandardColumn {
  column: StandardSortColumn;
  label: string;
  numeric: boolean;
  /** How each direction reads in the "Sort by" list: "A to Z", "highest first". */
  directions: Record<SortDirection, string>;
}

const TEXT = { asc: 'A to Z', desc: 'Z to A' };
const NUMBER = { asc: 'lowest first', desc: 'highest first' };

/** The columns, in order; `national` names the population-weighted figure ("England score"). */
export const standardColumns = (national: string): readonly StandardColumn[] => [
  { column: 'name', label: 'Standard', numeric: false, directions: TEXT },
  { column: 'category', label: 'Category', numeric: false, directions: TEXT },
  { column: 'live', label: 'Systems live', numeric: true, directions: NUMBER },
  { column: 'population', label: 'Population covered', numeric: true, directions: NUMBER },
  { column: 'mean', label: `${national} score`, numeric: true, directions: NUMBER },
  { column: 'change', label: 'Change over the year', numeric: true, directions: NUMBER },
  {
    column: 'spread',
    label: 'Spread between systems',
    numeric: true,
    directions: { asc: 'narrowest first', desc: 'widest first' },
  },
];

/** "Systems live, highest first". */
export function describeSort(
  column: StandardSortColumn,
  direction: SortDirection,
  national: string,
): string {
  const found = standardColumns(national).find((candidate) => candidate.column === column);
  return found ? `${found.label}, ${found.directions[direction]}` : column;
}
