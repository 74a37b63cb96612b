import { toCsv } from '../../lib/csv';
import type { CsvTable } from '../../lib/csv';
import { downloadText } from '../../lib/download';

/** Downloads a table as spreadsheet-safe CSV (formulas neutralised, UTF-8 with BOM). */
export function DownloadCsvButton({
  csv,
  fileName,
  label = 'Download this table (CSV)',
}: {
  csv: CsvTable;
  /** Without the extension. */
  fileName: string;
  label?: string;
}) {
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary app-download-button"
      onClick={() =>
        downloadText(`${fileName}.csv`, toCsv(csv.header, csv.rows), 'text/csv;charset=utf-8')
      }
    >
      {label}
    </button>
  );
}
