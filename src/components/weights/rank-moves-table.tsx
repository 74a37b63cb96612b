import { DownloadCsvButton } from '../frame/download-csv-button';
import { DataTable } from '../table/data-table';
import type { DataColumn } from '../table/data-table';
import { tableCsv } from '../table/table-csv';

export interface RankMoveRow {
  code: string;
  name: string;
  publishedRank: number | null;
  rank: number | null;
  /** Places gained (positive) or lost (negative); null when either rank is missing. */
  moved: number | null;
}

function movedText(moved: number | null): string {
  if (moved === null) return 'Not ranked';
  if (moved === 0) return 'No change';
  return moved > 0 ? `Up ${moved}` : `Down ${-moved}`;
}

const columns: DataColumn<RankMoveRow>[] = [
  {
    key: 'name',
    header: 'System',
    rowHeader: true,
    cell: (row) => row.name,
    sortValue: (row) => row.name,
  },
  {
    key: 'published',
    header: 'Published rank',
    numeric: true,
    cell: (row) => row.publishedRank ?? '–',
    sortValue: (row) => row.publishedRank,
  },
  {
    key: 'rank',
    header: 'Rank with your weights',
    numeric: true,
    cell: (row) => row.rank ?? '–',
    sortValue: (row) => row.rank,
  },
  {
    key: 'moved',
    header: 'Moved',
    cell: (row) => (
      <>
        <span aria-hidden="true">
          {row.moved === null || row.moved === 0 ? '' : row.moved > 0 ? '▲ ' : '▼ '}
        </span>
        {movedText(row.moved)}
      </>
    ),
    sortValue: (row) => row.moved,
  },
];

/** How ranks moved against the published weights, biggest moves first. */
export function RankMovesTable({
  rows,
  caption,
}: {
  rows: readonly RankMoveRow[];
  caption: string;
}) {
  return (
    <>
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.code} />
      <DownloadCsvButton csv={tableCsv(columns, rows)} fileName="rank-moves-custom-weights" />
    </>
  );
}
