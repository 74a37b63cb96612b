import type { DataColumn } from '../../components/table/data-table';
import { regionNameColumn } from '../../components/table/name-columns';
import { TableWithDownload } from '../../components/table/table-with-download';
import { numberColumn } from '../../components/table/value-columns';
import { formatQuarter } from '../../domain/periods/quarter';
import { csvPercent, formatScore, formatShare } from '../../domain/format/format-number';
import type { RegionRow } from '../../domain/tables/standard-detail';
import { fileSlug } from '../../lib/file-name';

/** Shares in the CSV as percentages to one decimal: the screen's whole percent plus a digit. */
const share = (value: number | null) => csvPercent(value, 1);

const columns: DataColumn<RegionRow>[] = [
  regionNameColumn(),
  numberColumn('score', 'Score (population-weighted)', (row) => row.meanScore, formatScore),
  numberColumn('live', 'Systems live', (row) => row.shareLive, formatShare, {
    csv: (row) => share(row.shareLive),
  }),
  numberColumn('population', 'Population covered', (row) => row.populationCovered, formatShare, {
    csv: (row) => share(row.populationCovered),
  }),
  numberColumn(
    'reporting',
    'Systems reporting',
    (row) => row.reporting,
    (count) => count,
  ),
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
        rows={rows}
        rowKey={(row) => row.code}
        fileName={fileSlug(standardId, 'regions', period)}
      />
    </section>
  );
}
