import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import type { QualityCheck } from '../../../domain/mesh/quality-checks';

const RESULT = (passed: boolean | null) =>
  passed === null ? 'Cannot be judged' : passed ? 'Passed' : 'Failed';

const columns: DataColumn<QualityCheck>[] = [
  { key: 'check', header: 'Check', rowHeader: true, cell: (row) => row.name },
  {
    key: 'result',
    header: 'Result',
    cell: (row) => (
      <strong
        className={`nhsuk-tag nhsuk-tag--${row.passed === null ? 'grey' : row.passed ? 'green' : 'red'}`}
      >
        <span aria-hidden="true">{row.passed === null ? '– ' : row.passed ? '✓ ' : '✕ '}</span>
        {RESULT(row.passed)}
      </strong>
    ),
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
