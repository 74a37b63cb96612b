import type { SortDirection } from '../../domain/tables/sort-rows';

/**
 * A column header; when sortable, a button inside the th (the MOJ sortable-table pattern) and
 * aria-sort on the th saying how the column is sorted now.
 */
export function SortHeader({
  label,
  numeric,
  sortable,
  direction,
  onSort,
}: {
  label: string;
  numeric: boolean;
  sortable: boolean;
  direction: SortDirection | null;
  onSort: () => void;
}) {
  const className = `nhsuk-table__header${numeric ? ' nhsuk-table__header--numeric' : ''}`;
  if (!sortable) {
    return (
      <th scope="col" role="columnheader" className={className}>
        {label}
      </th>
    );
  }
  return (
    <th
      scope="col"
      role="columnheader"
      className={className}
      aria-sort={direction === null ? 'none' : direction === 'asc' ? 'ascending' : 'descending'}
    >
      <button type="button" className="app-sort-button" onClick={onSort}>
        {label}
      </button>
    </th>
  );
}
