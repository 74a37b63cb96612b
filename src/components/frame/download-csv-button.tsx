import { toCsv } from '../../lib/csv';
import type { CsvTable } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { DownloadXlsxButton } from './download-xlsx-button';

/**
 * Downloads a table as spreadsheet-safe CSV (formulas neutralised, UTF-8 with BOM) and, beside it,
 * as an XLSX workbook with a title sheet (issue 16), so every table offers both.
 */
export function DownloadCsvButton({
  csv,
  fileName,
  label = 'Download this table (CSV)',
  title,
}: {
  csv: CsvTable;
  /** Without the extension. */
  fileName: string;
  label?: string;
  /** What the table is, for the XLSX title sheet and button name; the file name if not given. */
  title?: string;
}) {
  return (
    <>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-download-button"
        onClick={() =>
          downloadText(`${fileName}.csv`, toCsv(csv.header, csv.rows), 'text/csv;charset=utf-8')
        }
      >
        {label}
      </button>
      <DownloadXlsxButton csv={csv} fileName={fileName} title={title ?? fileName} />
    </>
  );
}
