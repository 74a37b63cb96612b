import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import type { ProductDescriptor } from '../../../domain/mesh/product-schema';
import { formatIsoDate } from '../../../lib/format-date';

type Change = ProductDescriptor['changes'][number];

const columns: DataColumn<Change>[] = [
  { key: 'date', header: 'Date', rowHeader: true, cell: (row) => formatIsoDate(row.date) },
  { key: 'version', header: 'Version', cell: (row) => row.version },
  { key: 'summary', header: 'What changed', cell: (row) => row.summary },
];

/** The product's own dated list of changes, newest first; its text is shown as text. */
export function ChangeHistory({ changes }: { changes: readonly Change[] | null }) {
  if (changes === null) return <p>Cannot be judged: the product’s descriptor could not be read.</p>;
  if (changes.length === 0) return <p>The product lists no changes.</p>;
  const newestFirst = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <DataTable
      caption="Change history: versions of this product"
      columns={columns}
      rows={newestFirst}
      rowKey={(row) => `${row.date}-${row.version}`}
      sortable={false}
    />
  );
}
