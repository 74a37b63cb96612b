import type { ComponentProps, ReactNode } from 'react';
import type { CsvTable } from '../../lib/csv';
import { DataTable } from '../table/data-table';
import type { DataColumn } from '../table/data-table';
import { tableCsv } from '../table/table-csv';

/**
 * A chart frame's Table tab and its CSV download, made from one set of rows (and columns, unless
 * the CSV carries more than the table shows) so that the two always agree. Spread it into the
 * frame: `<ChartFrame {...frameTable({ caption, columns, rows, rowKey })} … />`.
 */
export function frameTable<Row>({
  csvColumns,
  ...table
}: Omit<ComponentProps<typeof DataTable<Row>>, 'captionSize'> & {
  csvColumns?: readonly DataColumn<Row>[];
}): { csv: CsvTable; table: ReactNode } {
  return {
    csv: tableCsv(csvColumns ?? table.columns, table.rows),
    table: <DataTable captionSize="s" {...table} />,
  };
}
