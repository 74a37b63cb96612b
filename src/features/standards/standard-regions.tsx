import type { DataColumn } from '../../components/table/data-table';
import { regionNameColumn } from '../../components/table/name-columns';
import { TableWithDownload } from '../../components/table/table-with-download';
import { numberColumn } from '../../components/table/value-columns';
import { formatQuarter } from '../../domain/periods/quarter';
import { csvPercent, formatScore, formatShare } from '../../domain/format/format-number';
import { regionMissingWord, regionReportingText } from '../../domain/tables/standard-region-rows';
import type { RegionRow } from '../../domain/tables/standard-region-rows';
import { fileSlug } from '../../lib/file-name';

/** Shares in the CSV as percentages to one decimal: the screen's whole percent plus a digit. */
const share = (value: number | null) => csvPercent(value, 1);

/** An empty figure says "Loading" while a product of the region is on its way, not "No data". */
const withMissingWord = (
  column: DataColumn<RegionRow>,
  value: (row: RegionRow) => number | null,
  format: (value: number | null, missing: string) => string,
): DataColumn<RegionRow> => ({
  ...column,
  cell: (row) => format(value(row), regionMissingWord(row)),
});

/**
 * In the CSV, a mesh's counts of systems not in, each only when some region has one (a single feed
 * never does); on screen the reporting cell says it.
 */
const missingCsvColumns = (rows: readonly RegionRow[]): DataColumn<RegionRow>[] => [
  ...(rows.some((row) => row.loading > 0)
    ? [numberColumn('loading', 'Systems loading', (row: RegionRow) => row.loading, String)]
    : []),
  ...(rows.some((row) => row.unavailable > 0)
    ? [
        numberColumn(
          'unavailable',
          'Systems with data product unavailable',
          (row: RegionRow) => row.unavailable,
          String,
        ),
      ]
    : []),
];

const columns: DataColumn<RegionRow>[] = [
  regionNameColumn(),
  withMissingWord(
    numberColumn('score', 'Score (population-weighted)', (row) => row.meanScore, formatScore),
    (row) => row.meanScore,
    formatScore,
  ),
  withMissingWord(
    numberColumn('live', 'Systems live', (row) => row.shareLive, formatShare, {
      csv: (row) => share(row.shareLive),
    }),
    (row) => row.shareLive,
    formatShare,
  ),
  withMissingWord(
    numberColumn('population', 'Population covered', (row) => row.populationCovered, formatShare, {
      csv: (row) => share(row.populationCovered),
    }),
    (row) => row.populationCovered,
    formatShare,
  ),
  {
    ...numberColumn('reporting', 'Systems reporting', (row) => row.reporting, String, {
      csv: (row) => row.reporting,
    }),
    // "3, 4 still loading": the count is of the products in so far.
    cell: regionReportingText,
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
      <TableWithDownload
        caption={`The standard in each region, ${formatQuarter(period)}`}
        captionSize="s"
        columns={columns}
        csvColumns={[...columns, ...missingCsvColumns(rows)]}
        rows={rows}
        rowKey={(row) => row.code}
        fileName={fileSlug(standardId, 'regions', period)}
      />
    </section>
  );
}
