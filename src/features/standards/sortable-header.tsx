import type { StandardSort, StandardSortColumn } from '../../domain/tables/standard-row-order';

/**
 * A column header that sorts the table (the MOJ sortable-table pattern): a button inside the th,
 * and aria-sort on the th saying how the column is sorted now. The arrow repeats aria-sort for
 * sighted readers and is hidden from screen readers, which already hear the state.
 */
export function SortableHeader({
  column,
  label,
  numeric,
  sort,
  onSort,
}: {
  column: StandardSortColumn;
  label: string;
  numeric: boolean;
  sort: StandardSort;
  onSort: (column: StandardSortColumn) => void;
}) {
  const active = sort.column === column;
  const ascending = sort.direction === 'asc';
  return (
    <th
      scope="col"
      role="columnheader"
      aria-sort={active ? (ascending ? 'ascending' : 'descending') : 'none'}
      className={`nhsuk-table__header${numeric ? ' nhsuk-table__header--numeric' : ''}`}
    >
      <button type="button" className="app-link-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="app-sort-arrow">
          {active ? (ascending ? '▲' : '▼') : '▲▼'}
        </span>
      </button>
    </th>
  );
}
