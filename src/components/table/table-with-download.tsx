import type { ComponentProps } from 'react';
import { DownloadCsvButton } from '../frame/download-csv-button';
import { DataTable } from './data-table';
import type { DataColumn } from './data-table';
import { tableCsv } from './table-csv';

/**
 * A table with its CSV button under it. The CSV is made from the same columns and rows as the
 * table, so the download cannot say something the table does not (in the order given, not the
 * order the reader sorted to).
 */
export function TableWithDownload<Row>({
  fileName,
  csvColumns,
  ...table
}: ComponentProps<typeof DataTable<Row>> & {
  /** Without the extension. */
  fileName: string;
  /** Columns for the CSV when it carries more than the table shows; defaults to the table's. */
  csvColumns?: readonly DataColumn<Row>[];
}) {
  return (
    <>
      <DataTable {...table} />
      <DownloadCsvButton
        csv={tableCsv(csvColumns ?? table.columns, table.rows)}
        fileName={fileName}
        title={table.caption}
      />
    </>
  );
}
