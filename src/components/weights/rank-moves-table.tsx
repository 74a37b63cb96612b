import type { DataColumn } from '../table/data-table';
import { TableWithDownload } from '../table/table-with-download';
import { numberColumn, textColumn } from '../table/value-columns';

export interface RankMoveRow {
  code: string;
  name: string;
  publishedRank: number | null;
  rank: number | null;
  /** Places gained (positive) or lost (negative); null when either rank is missing. */
  moved: number | null;
}

const rankText = (rank: number | null) => rank ?? '–';

function movedText(moved: number | null): string {
  if (moved === null) return 'Not ranked';
  if (moved === 0) return 'No change';
  return moved > 0 ? `Up ${moved}` : `Down ${-moved}`;
}

const columns: DataColumn<RankMoveRow>[] = [
  textColumn('name', 'System', (row) => row.name, { rowHeader: true }),
  numberColumn('published', 'Published rank', (row) => row.publishedRank, rankText),
  numberColumn('rank', 'Rank with your weights', (row) => row.rank, rankText),
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
    <TableWithDownload
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.code}
      fileName="rank-moves-custom-weights"
    />
  );
}
