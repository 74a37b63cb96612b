import type { SortDirection } from '../../domain/tables/sort-rows';

/**
 * A column header; when sortable, a button inside the th (the MOJ sortable-table pattern) and
 * aria-sort on the th saying how the column is sorted now. Without `button` (a stacked table on a
 * phone, whose header row is hidden and which sorts through a visible "Sort by" instead) the
 * header keeps its aria-sort but holds no focusable, invisible button.
 */
export function SortHeader({
  label,
  numeric,
  sortable,
  direction,
  onSort,
  button = true,
}: {
  label: string;
  numeric: boolean;
  sortable: boolean;
  direction: SortDirection | null;
  onSort: () => void;
  button?: boolean;
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
      {button ? (
        <button type="button" className="app-sort-button" onClick={onSort}>
          {label}
        </button>
      ) : (
        label
      )}
    </th>
  );
}
