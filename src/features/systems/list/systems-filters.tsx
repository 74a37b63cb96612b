import { useId } from 'react';
import type { Region } from '../../../domain/feed/feed-schema';
import type { SystemsListView } from './use-systems-list-view';

const ALL = '';

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
  const ids = { search: useId(), hint: useId(), region: useId(), regionHint: useId() };
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
      <div className="nhsuk-grid-column-one-half nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={ids.region}>
          Region
        </label>
        <div className="nhsuk-hint" id={ids.regionHint}>
          One of the {regions.length} NHS England regions
        </div>
        <select
          aria-describedby={ids.regionHint}
          className="nhsuk-select"
          id={ids.region}
          value={view.regionCode ?? ALL}
          onChange={(event) => view.setRegion(event.target.value || null)}
        >
          <option value={ALL}>All regions</option>
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
