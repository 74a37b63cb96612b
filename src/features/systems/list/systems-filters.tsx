import { useId } from 'react';
import { FilterSelect } from '../../../components/ui/filter-select';
import type { Region } from '../../../domain/feed/feed-schema';
import type { SystemsListView } from './use-systems-list-view';

/**
 * Search and region. The search box is uncontrolled: it holds what is typed and the URL follows,
 * so a slow URL update can never move the caret or drop a keystroke. A new `searchBox.key`
 * remounts it showing `searchBox.initial` (after "Clear").
 */
export function SystemsFilters({
  regions,
  view,
  searchBox,
}: {
  regions: readonly Region[];
  view: SystemsListView;
  searchBox: { key: number; initial: string };
}) {
  const ids = { search: useId(), hint: useId() };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-one-half nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={ids.search}>
          Search systems
        </label>
        <div className="nhsuk-hint" id={ids.hint}>
          Name or code, for example “Kent” or “E54000032”
        </div>
        <input
          key={searchBox.key}
          className="nhsuk-input"
          id={ids.search}
          type="search"
          spellCheck={false}
          autoComplete="off"
          aria-describedby={ids.hint}
          defaultValue={searchBox.initial}
          onChange={(event) => view.setQuery(event.target.value)}
        />
      </div>
      <FilterSelect
        className="nhsuk-grid-column-one-half nhsuk-form-group"
        label="Region"
        hint={`One of the ${regions.length} NHS England regions`}
        allLabel="All regions"
        options={regions.map((region) => ({ value: region.code, label: region.name }))}
        value={view.regionCode}
        onChange={view.setRegion}
      />
    </div>
  );
}
