import { useMemo, useState } from 'react';
import { DownloadCsvButton } from '../../../components/frame/download-csv-button';
import { DataTable } from '../../../components/table/data-table';
import { tableCsv } from '../../../components/table/table-csv';
import type { FeedPlace } from '../../../domain/feed/feed-place';
import type { Region, System } from '../../../domain/feed/feed-schema';
import { formatQuarter } from '../../../domain/periods/quarter';
import { filterSystemRows, matchesSystem } from '../../../domain/systems/system-rows';
import type { SystemRow } from '../../../domain/systems/system-rows';
import { fileSlug } from '../../../lib/file-name';
import { systemColumns, systemCsvColumns } from './system-columns';
import { SystemsFilters } from './systems-filters';
import { useSystemsListView } from './use-systems-list-view';

/** The searchable, sortable table of the quarter's systems, its count and its CSV. */
export function SystemsList({
  rows,
  regions,
  period,
  ended = [],
  place,
  unavailable,
}: {
  rows: readonly SystemRow[];
  regions: readonly Region[];
  period: string;
  /** Systems that have ended, listed below the table: a search must count them too. */
  ended?: readonly System[];
  place: FeedPlace;
  /** Systems of a data mesh whose product gave no data, with the words to show. */
  unavailable: ReadonlyMap<string, string>;
}) {
  const view = useSystemsListView(regions);
  const columns = useMemo(() => systemColumns(place, unavailable), [place, unavailable]);
  // The search box is uncontrolled (see SystemsFilters); clearing it remounts it empty.
  const [searchBox, setSearchBox] = useState(() => ({ key: 0, initial: view.query }));
  const shown = filterSystemRows(rows, view);
  // Searching "Frimley" once said "0 systems match" over Frimley's own link in the ended list.
  const filtering = view.query.trim() !== '' || view.regionCode !== null;
  const endedMatches = filtering
    ? ended.filter(
        (system) =>
          (view.regionCode === null || system.regionCode === view.regionCode) &&
          matchesSystem(system, view.query),
      ).length
    : 0;
  const endedNote =
    endedMatches === 0
      ? ''
      : `; ${endedMatches} ended ${endedMatches === 1 ? 'system matches' : 'systems match'}, listed under “Systems that have ended”`;
  const clear = () => {
    view.clearFilters();
    setSearchBox((box) => ({ key: box.key + 1, initial: '' }));
  };
  return (
    <>
      <SystemsFilters
        regions={regions}
        regionTerm={place.region}
        view={view}
        searchBox={searchBox}
      />
      <p role="status">
        Showing {shown.length} of {rows.length} systems{endedNote}
      </p>
      {shown.length > 0 ? (
        <>
          <DataTable
            id="systems-table"
            caption={`Readiness of each system, ${formatQuarter(period)}`}
            columns={columns}
            rows={shown}
            rowKey={(row) => row.code}
            initialSort={{ key: 'system', direction: 'asc' }}
          />
          <DownloadCsvButton
            csv={tableCsv(systemCsvColumns(place, unavailable), shown)}
            fileName={fileSlug('systems', period)}
            label="Download this table (CSV)"
            title={`Readiness of each system, ${formatQuarter(period)}`}
          />
        </>
      ) : (
        <p>
          {endedMatches > 0 ? 'No current system matches.' : 'No systems match.'}{' '}
          <button type="button" className="app-link-button" onClick={clear}>
            Clear the search and region
          </button>
        </p>
      )}
    </>
  );
}
