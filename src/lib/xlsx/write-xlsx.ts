/**
 * Writes the workbook model as an .xlsx Blob with write-excel-file. This module is only ever
 * loaded by import() when someone asks for a spreadsheet, so the library never weighs on a page.
 */
import writeExcelFile from 'write-excel-file/universal';
import type { Cell, Sheet } from 'write-excel-file/universal';
import type { CsvTable } from '../csv';
import { xlsxWorkbook } from './xlsx-workbook';
import type { SheetCell, SheetModel, WorkbookInfo } from './xlsx-workbook';

function libraryCell(cell: SheetCell): Cell {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'number':
      return { type: Number, value: cell.value };
    case 'boolean':
      return { type: Boolean, value: cell.value };
    case 'text':
      // Typed as String so text that looks like a formula is written as text, never as one.
      return cell.bold
        ? { type: String, value: cell.value, fontWeight: 'bold' }
        : { type: String, value: cell.value };
  }
}

function librarySheet(sheet: SheetModel): Sheet<Blob> {
  return {
    sheet: sheet.name,
    data: sheet.rows.map((row) => row.map(libraryCell)),
    columns: sheet.columnWidths.map((width) => ({ width })),
    ...(sheet.frozenRows > 0 ? { stickyRowsCount: sheet.frozenRows } : {}),
  };
}

/** Imports nothing the pages already load, so loading it fetches this file and the library only. */
export function xlsxBlob(info: WorkbookInfo, table: CsvTable): Promise<Blob> {
  return writeExcelFile(xlsxWorkbook(info, table).map(librarySheet)).toBlob();
}
