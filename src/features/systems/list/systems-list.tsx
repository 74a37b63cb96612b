import { useState } from 'react';
import { DownloadCsvButton } from '../../../components/frame/download-csv-button';
import { DataTable } from '../../../components/table/data-table';
import { tableCsv } from '../../../components/table/table-csv';
import type { Region } from '../../../domain/feed/feed-schema';
import { formatQuarter } from '../../../domain/periods/quarter';
import { filterSystemRows } from '../../../domain/systems/system-rows';
import type { SystemRow } from '../../../domain/systems/system-rows';
import { fileSlug } from '../../../lib/file-name';
import { SYSTEM_COLUMNS, SYSTEM_CSV_COLUMNS } from './system-columns';
import { SystemsFilters } from './systems-filters';
import { useSystemsListView } from './use-systems-list-view';

/** The searchable, sortable table of the quarter's systems, its count and its CSV. */
export function SystemsList({
  rows,
  regions,
  period,
}: {
  rows: readonly SystemRow[];
  regions: readonly Region[];
  period: string;
}) {
  const view = useSystemsListView(regions);
  // The search box is uncontrolled (see SystemsFilters); clearing it remounts it empty.
  const [searchBox, setSearchBox] = useState(() => ({ key: 0, initial: view.query }));
  const shown = filterSystemRows(rows, view);
  const clear = () => {
    view.clearFilters();
    setSearchBox((box) => ({ key: box.key + 1, initial: '' }));
  };
  return (
    <>
      <SystemsFilters regions={regions} view={view} searchBox={searchBox} />
      <p role="status">
        Showing {shown.length} of {rows.length} systems
      </p>
      {shown.length > 0 ? (
        <>
          <DataTable
            id="systems-table"
            caption={`Readiness of each system, ${formatQuarter(period)}`}
            columns={SYSTEM_COLUMNS}
            rows={shown}
            rowKey={(row) => row.code}
            initialSort={{ key: 'system', direction: 'asc' }}
          />
          <DownloadCsvButton
            csv={tableCsv(SYSTEM_CSV_COLUMNS, shown)}
            fileName={fileSlug('systems', period)}
            label="Download this table (CSV)"
          />
        </>
      ) : (
        <p>
          No systems match.{' '}
          <button type="button" className="app-link-button" onClick={clear}>
            Clear the search and region
          </button>
        </p>
      )}
    </>
  );
}
