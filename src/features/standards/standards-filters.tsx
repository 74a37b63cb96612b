import { useId } from 'react';
import { useFeedPlace } from '../../api/use-feed-place';
import { FilterSelect } from '../../components/ui/filter-select';
import { SearchBox } from '../../components/ui/search-box';
import type { Category } from '../../domain/feed/feed-schema';
import { standardSortFrom } from '../../domain/tables/standard-row-order';
import type { StandardSort } from '../../domain/tables/standard-row-order';
import { standardColumns } from './standard-columns';
import type { StandardsView } from './use-standards-view';

/**
 * Category, name search and, on a phone (where the column headers are hidden), "Sort by".
 * `searchBox` remounts the search box (see SearchBox).
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
  const sortId = useId();
  const place = useFeedPlace();
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
      <SearchBox label="Search by name" box={searchBox} onChange={view.setQuery} />
      <div className="nhsuk-grid-column-full nhsuk-form-group app-sort-select">
        <label className="nhsuk-label" htmlFor={sortId}>
          Sort by
        </label>
        <select
          className="nhsuk-select"
          id={sortId}
          value={`${view.sort.column}:${view.sort.direction}`}
          onChange={(event) => view.setSort(sortOption(event.target.value))}
        >
          {standardColumns(place.national).flatMap(({ column, label, directions }) =>
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
