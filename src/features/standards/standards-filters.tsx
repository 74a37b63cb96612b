import { useId } from 'react';
import { FilterSelect } from '../../components/ui/filter-select';
import type { Category } from '../../domain/feed/feed-schema';
import { standardSortFrom } from '../../domain/tables/standard-row-order';
import type { StandardSort } from '../../domain/tables/standard-row-order';
import { STANDARD_COLUMNS } from './standard-columns';
import type { StandardsView } from './use-standards-view';

/**
 * Category, name search and, on a phone (where the column headers are hidden), "Sort by".
 * The search box is uncontrolled: it holds what is typed and the URL follows it, so a slow URL
 * update can never move the caret or drop a keystroke. A new `searchBox.key` remounts it, showing
 * `searchBox.initial`.
 */
export function StandardsFilters({
  categories,
  view,
  searchBox,
}: {
  categories: readonly Category[];
  view: StandardsView;
  searchBox: { key: number; initial: string };
}) {
  const ids = { search: useId(), sort: useId() };
  return (
    <div className="nhsuk-grid-row">
      <FilterSelect
        className="nhsuk-grid-column-one-half nhsuk-form-group"
        label="Category"
        allLabel="All categories"
        options={categories.map((category) => ({ value: category.id, label: category.name }))}
        value={view.categoryId}
        onChange={view.setCategory}
      />
      <div className="nhsuk-grid-column-one-half nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={ids.search}>
          Search by name
        </label>
        <input
          key={searchBox.key}
          className="nhsuk-input"
          id={ids.search}
          type="search"
          spellCheck={false}
          autoComplete="off"
          defaultValue={searchBox.initial}
          onChange={(event) => view.setQuery(event.target.value)}
        />
      </div>
      <div className="nhsuk-grid-column-full nhsuk-form-group app-sort-select">
        <label className="nhsuk-label" htmlFor={ids.sort}>
          Sort by
        </label>
        <select
          className="nhsuk-select"
          id={ids.sort}
          value={`${view.sort.column}:${view.sort.direction}`}
          onChange={(event) => view.setSort(sortOption(event.target.value))}
        >
          {STANDARD_COLUMNS.flatMap(({ column, label, directions }) =>
            (['asc', 'desc'] as const).map((direction) => (
              <option key={`${column}:${direction}`} value={`${column}:${direction}`}>
                {label}, {directions[direction]}
              </option>
            )),
          )}
        </select>
      </div>
    </div>
  );
}

function sortOption(value: string): StandardSort {
  const [column = null, direction = null] = value.split(':');
  return standardSortFrom(column, direction);
}
