import { useFeedPlace } from '../../api/use-feed-place';
import type { FeedPlace } from '../../domain/feed/feed-place';
import { DownloadCsvButton } from '../../components/frame/download-csv-button';
import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import { tableCsv } from '../../components/table/table-csv';
import { TableScroll } from '../../components/ui/table-scroll';
import type { CompareRow } from '../../domain/compare/compare-table';
import { csvNumber, formatScore } from '../../domain/format/format-number';
import { formatQuarter } from '../../domain/periods/quarter';
import { fileSlug } from '../../lib/file-name';
import { CompareCellView } from './compare-cell';
import { BandLegend } from './band-legend';
import { HeadedSection } from '../../components/ui/headed-section';

const KIND_WORDS: Record<CompareRow['kind'], string> = {
  overall: 'Overall',
  category: 'Category',
  standard: 'Standard',
};

/** Scores in the CSV keep one decimal place: enough to compare, no false precision. */
const csvScore = (value: number | null) => csvNumber(value, 1);

function nameCell(row: CompareRow) {
  if (row.kind === 'standard') return <span className="app-compare-standard">{row.name}</span>;
  return <strong className="app-compare-group">{row.name}</strong>;
}

type Unavailable = ReadonlyMap<string, string>;

function columnsFor(
  systems: readonly { code: string; shortName: string }[],
  national: string,
  unavailable: Unavailable,
) {
  const columns: DataColumn<CompareRow>[] = [
    { key: 'name', header: 'Category or standard', rowHeader: true, cell: nameCell },
    {
      key: 'england',
      header: national,
      numeric: true,
      cell: (row) => formatScore(row.england),
    },
    ...systems.map((system, index): DataColumn<CompareRow> => ({
      key: `system-${system.code}`,
      header: system.shortName,
      cell: (row) => {
        const cell = row.cells[index];
        return cell ? <CompareCellView cell={cell} missing={unavailable.get(system.code)} /> : null;
      },
    })),
  ];
  return columns;
}

function csvColumnsFor(
  systems: readonly { code: string; shortName: string }[],
  categoryName: (id: string | null) => string,
  place: FeedPlace,
  unavailable: Unavailable,
): DataColumn<CompareRow>[] {
  const text = (key: string, header: string, value: (row: CompareRow) => string) => ({
    key,
    header,
    cell: () => null,
    csv: value,
  });
  return [
    text('kind', 'Row', (row) => KIND_WORDS[row.kind]),
    text('category', 'Category', (row) => categoryName(row.categoryId)),
    text('name', 'Name', (row) => row.name),
    {
      key: 'england',
      header: place.national,
      cell: () => null,
      csv: (row) => csvScore(row.england),
    },
    ...systems.flatMap((system, index) => [
      {
        key: `${system.code}-score`,
        header: `${system.shortName} (${system.code})`,
        cell: () => null,
        // A system whose data product gave nothing says why in the export too, never a blank.
        csv: (row: CompareRow) => {
          const cell = row.cells[index];
          const missing = cell?.inPeriod ? unavailable.get(system.code) : undefined;
          return csvScore(cell?.value ?? null) ?? missing ?? null;
        },
      },
      text(
        `${system.code}-vs`,
        `${system.shortName} compared with ${place.nationalInText}`,
        (row) => row.cells[index]?.vsEngland ?? 'not compared',
      ),
    ]),
  ];
}

/** The side-by-side scores, overall then category by category, with a legend and a CSV. */
export function CompareScoreTable({
  rows,
  systems,
  period,
  categoryName,
  unavailable,
}: {
  rows: readonly CompareRow[];
  systems: readonly { code: string; shortName: string }[];
  period: string;
  categoryName: (id: string | null) => string;
  unavailable: Unavailable;
}) {
  const place = useFeedPlace();
  return (
    <HeadedSection id="compare-scores-heading" title="Scores side by side">
      <BandLegend />
      {/* Eight systems are wider than the page: the table scrolls sideways rather than the page. */}
      <TableScroll label="Category and standard scores">
        <DataTable
          id="compare-scores"
          caption={`Category and standard scores, ${formatQuarter(period)}`}
          captionSize="s"
          columns={columnsFor(systems, place.national, unavailable)}
          rows={rows}
          rowKey={(row) => row.key}
        />
      </TableScroll>
      <DownloadCsvButton
        csv={tableCsv(csvColumnsFor(systems, categoryName, place, unavailable), rows)}
        fileName={fileSlug('compare-scores', period)}
        label="Download this table (CSV)"
        title={`Category and standard scores, ${formatQuarter(period)}`}
      />
    </HeadedSection>
  );
}
