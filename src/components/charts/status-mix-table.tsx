import { ADOPTION_STATUSES, STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import { formatQuarter } from '../../domain/periods/quarter';
import type { StatusMixRow } from '../../domain/tables/standard-detail';
import { DataTable } from '../table/data-table';
import type { DataColumn } from '../table/data-table';

const columns: DataColumn<StatusMixRow>[] = [
  { key: 'period', header: 'Quarter', rowHeader: true, cell: (row) => formatQuarter(row.period) },
  ...ADOPTION_STATUSES.map((status): DataColumn<StatusMixRow> => ({
    key: status,
    header: STATUS_LABELS[status],
    numeric: true,
    cell: (row) => row[status],
  })),
  { key: 'reported', header: 'Reported', numeric: true, cell: (row) => row.reported },
];

/**
 * The numbers behind the status-mix chart, one row per quarter: its text alternative. It does not
 * sort: the quarters' time order is what the chart shows.
 */
export function StatusMixTable({
  rows,
  caption,
}: {
  rows: readonly StatusMixRow[];
  caption: string;
}) {
  return (
    <DataTable
      caption={caption}
      captionSize="s"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.period}
      sortable={false}
    />
  );
}
