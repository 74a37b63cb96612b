import { FilterSelect } from '../../../components/ui/filter-select';
import { SearchBox } from '../../../components/ui/search-box';
import type { Region } from '../../../domain/feed/feed-schema';
import type { SystemsListView } from './use-systems-list-view';

/** Search and region; `searchBox` remounts the search box (see SearchBox). */
export function SystemsFilters({
  regions,
  regionTerm,
  view,
  searchBox,
}: {
  regions: readonly Region[];
  /** What one region is called ("NHS England region", "region"). */
  regionTerm: string;
  view: SystemsListView;
  searchBox: { key: number; initial: string };
}) {
  return (
    <div className="nhsuk-grid-row">
      <SearchBox
        label="Search systems"
        hint="Name or code, for example “Kent” or “E54000032”"
        box={searchBox}
        onChange={view.setQuery}
      />
      <FilterSelect
        className="nhsuk-grid-column-one-half nhsuk-form-group"
        label="Region"
        hint={`One of the ${regions.length} ${regionTerm}s`}
        allLabel="All regions"
        options={regions.map((region) => ({ value: region.code, label: region.name }))}
        value={view.regionCode}
        onChange={view.setRegion}
      />
    </div>
  );
}
