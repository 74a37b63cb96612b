import type { DataColumn } from '../../components/table/data-table';
import { TableWithDownload } from '../../components/table/table-with-download';
import type { FeedCounts, FeedTable } from '../../domain/feed/parse-feed';

const TABLE_LABELS: Record<FeedTable, string> = {
  regions: 'Regions',
  systems: 'Systems',
  crosswalk: 'Crosswalk',
  adjacency: 'Borders',
  categories: 'Categories',
  standards: 'Standards',
  periods: 'Periods',
  observations: 'Observations',
  technology: 'Technology',
  measures: 'Measures',
  measurements: 'Measurements',
};

interface CountRow {
  table: FeedTable;
  read: number;
  accepted: number;
  rejected: number;
}

const columns: DataColumn<CountRow>[] = [
  { key: 'table', header: 'Table', rowHeader: true, cell: (row) => TABLE_LABELS[row.table] },
  { key: 'read', header: 'Read', numeric: true, cell: (row) => row.read },
  { key: 'accepted', header: 'Accepted', numeric: true, cell: (row) => row.accepted },
  { key: 'rejected', header: 'Rejected', numeric: true, cell: (row) => row.rejected },
];

/** Per-table counts, so a reader can see that accepted + rejected = read. */
export function FeedCountsTable({ counts }: { counts: FeedCounts }) {
  const rows = (Object.keys(TABLE_LABELS) as FeedTable[]).map((table) => ({
    table,
    ...counts[table],
  }));
  return (
    <TableWithDownload
      caption="Rows per table of the feed"
      captionSize="s"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.table}
      fileName="feed-row-counts"
    />
  );
}
