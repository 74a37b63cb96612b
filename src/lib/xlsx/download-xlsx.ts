import type { CsvTable } from '../csv';
import { downloadBlob } from '../download';
import type { ExportSource } from '../export-source';
import { formatIsoDate } from '../format-date';

/**
 * Makes and offers `<fileName>.xlsx`. The writer is loaded on first use (import()), so the
 * spreadsheet library is fetched only by someone who asks for a spreadsheet.
 */
export async function downloadXlsx(
  fileName: string,
  title: string,
  source: ExportSource,
  table: CsvTable,
): Promise<void> {
  const { xlsxBlob } = await import('./write-xlsx');
  // The moment of the click is when the file is generated; the workbook model gets it passed in.
  const generated = formatIsoDate(new Date().toISOString());
  downloadBlob(`${fileName}.xlsx`, await xlsxBlob({ title, source, generated }, table));
}
