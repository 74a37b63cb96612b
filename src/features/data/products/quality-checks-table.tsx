import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import type { QualityCheck } from '../../../domain/mesh/quality-checks';
import { StatusTag } from '../../../components/ui/status-tag';

const RESULT = (passed: boolean | null) =>
  passed === null
    ? ({ tone: 'grey', symbol: '–', label: 'Cannot be judged' } as const)
    : passed
      ? ({ tone: 'green', symbol: '✓', label: 'Passed' } as const)
      : ({ tone: 'red', symbol: '✕', label: 'Failed' } as const);

const columns: DataColumn<QualityCheck>[] = [
  { key: 'check', header: 'Check', rowHeader: true, cell: (row) => row.name },
  {
    key: 'result',
    header: 'Result',
    cell: (row) => <StatusTag {...RESULT(row.passed)} />,
  },
  { key: 'detail', header: 'Detail', cell: (row) => row.detail },
];

/** Each check in its fixed order: the order is the story (can it be read, then is it right). */
export function QualityChecksTable({ checks }: { checks: readonly QualityCheck[] }) {
  return (
    <DataTable
      caption="Quality checks of this product"
      columns={columns}
      rows={checks}
      rowKey={(row) => row.id}
      sortable={false}
    />
  );
}
