import { DownloadCsvButton } from '../../components/frame/download-csv-button';
import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import { regionNameColumn } from '../../components/table/name-columns';
import { tableCsv } from '../../components/table/table-csv';
import { formatQuarter } from '../../domain/periods/quarter';
import { csvPercent, formatScore, formatShare } from '../../domain/format/format-number';
import type { RegionRow } from '../../domain/tables/standard-detail';
import { fileSlug } from '../../lib/file-name';

/** Shares in the CSV as percentages to one decimal: the screen's whole percent plus a digit. */
const share = (value: number | null) => csvPercent(value, 1);

const columns: DataColumn<RegionRow>[] = [
  regionNameColumn(),
  {
    key: 'score',
    header: 'Score (population-weighted)',
    numeric: true,
    cell: (row) => formatScore(row.meanScore),
    sortValue: (row) => row.meanScore,
  },
  {
    key: 'live',
    header: 'Systems live',
    numeric: true,
    cell: (row) => formatShare(row.shareLive),
    sortValue: (row) => row.shareLive,
    csv: (row) => share(row.shareLive),
  },
  {
    key: 'population',
    header: 'Population covered',
    numeric: true,
    cell: (row) => formatShare(row.populationCovered),
    sortValue: (row) => row.populationCovered,
    csv: (row) => share(row.populationCovered),
  },
  {
    key: 'reporting',
    header: 'Systems reporting',
    numeric: true,
    cell: (row) => row.reporting,
    sortValue: (row) => row.reporting,
  },
];

/** Each NHS England region's figures for the standard. */
export function StandardRegions({
  rows,
  period,
  standardId,
}: {
  rows: readonly RegionRow[];
  period: string;
  standardId: string;
}) {
  return (
    <section aria-labelledby="standard-regions">
      <h2 className="nhsuk-heading-m" id="standard-regions">
        Regions
      </h2>
      <DataTable
        caption={`The standard in each region, ${formatQuarter(period)}`}
        captionSize="s"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.code}
      />
      <DownloadCsvButton
        csv={tableCsv(columns, rows)}
        fileName={fileSlug(standardId, 'regions', period)}
      />
    </section>
  );
}
