import { useId } from 'react';
import type { SortDirection, TableSort } from '../../domain/tables/sort-rows';

export interface SortOption {
  key: string;
  header: string;
  numeric: boolean;
}

/** The order's words as a reader says them: "A to Z" for names, "Highest first" for numbers. */
function directionLabel(direction: SortDirection, numeric: boolean): string {
  if (numeric) return direction === 'asc' ? 'Lowest first' : 'Highest first';
  return direction === 'asc' ? 'A to Z' : 'Z to A';
}

/**
 * A visible "Sort by" for a stacked table (phones), where the header row and its sort buttons
 * are hidden: a touch or keyboard reader chooses the column and the order. A new column starts
 * the way a header click would (numbers highest first).
 */
export function TableSortControl({
  caption,
  options,
  sort,
  onSort,
}: {
  caption: string;
  options: readonly SortOption[];
  sort: TableSort | null;
  onSort: (sort: TableSort) => void;
}) {
  const id = useId();
  const current = options.find((option) => option.key === sort?.key);
  return (
    // The group's name says which table the selects sort, where a page has several.
    <div className="app-table-sort" role="group" aria-label={`Sort the table: ${caption}`}>
      <div className="app-table-sort__field">
        <label className="nhsuk-label" htmlFor={`${id}-by`}>
          Sort by
        </label>
        <select
          id={`${id}-by`}
          className="nhsuk-select"
          value={current?.key ?? ''}
          onChange={(event) => {
            const chosen = options.find((option) => option.key === event.target.value);
            if (chosen) onSort({ key: chosen.key, direction: chosen.numeric ? 'desc' : 'asc' });
          }}
        >
          {current ? null : <option value="">As listed</option>}
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.header}
            </option>
          ))}
        </select>
      </div>
      {current && sort ? (
        <div className="app-table-sort__field">
          <label className="nhsuk-label" htmlFor={`${id}-order`}>
            Order
          </label>
          <select
            id={`${id}-order`}
            className="nhsuk-select"
            value={sort.direction}
            onChange={(event) =>
              onSort({ key: current.key, direction: event.target.value as SortDirection })
            }
          >
            {(['asc', 'desc'] as const).map((direction) => (
              <option key={direction} value={direction}>
                {directionLabel(direction, current.numeric)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
