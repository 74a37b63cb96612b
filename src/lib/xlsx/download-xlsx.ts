import type { CsvTable } from '../csv';
import { downloadBlob } from '../download';
import type { ExportSource } from '../export-source';
import { formatIsoDate } from '../format-date';

/**
 * Makes and offers `<fileName>.xlsx`, and says how it went in a sentence for a live region. The
 * writer is loaded on first use (import()), so the spreadsheet library is fetched only by someone
 * who asks for a spreadsheet.
 */
export async function downloadXlsx(
  fileName: string,
  title: string,
  source: ExportSource,
  table: CsvTable,
): Promise<string> {
  try {
    const { xlsxBlob } = await import('./write-xlsx');
    // The click is when the file is generated; the workbook model gets the date passed in.
    const generated = formatIsoDate(new Date().toISOString());
    downloadBlob(`${fileName}.xlsx`, await xlsxBlob({ title, source, generated }, table));
    return `Downloaded ${fileName}.xlsx`;
  } catch (error) {
    return `Could not make the spreadsheet: ${error instanceof Error ? error.message : 'unknown error'}.`;
  }
}
