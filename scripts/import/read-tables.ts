/**
 * File reading for the importers: XLSX through exceljs, CSV through csv-parse, both down to rows of
 * plain cells (text, number or null) so the pure importers in src/domain/import never see a
 * library's types. A date-formatted cell becomes its ISO date; a formula its cached result.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Cell } from '../../src/domain/import/cells';

export type Rows = Cell[][];

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return plainCell((value as ExcelJS.CellFormulaValue).result);
  }
  if ('text' in value) return String(value.text);
  return null; // error cells (#N/A, #REF!)
}

/** Every sheet of a workbook by name, each as rows of plain cells (row 1 first). */
export async function readWorkbook(path: string): Promise<Map<string, Rows>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = new Map<string, Rows>();
  for (const sheet of workbook.worksheets) {
    const rows: Rows = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      rows[number - 1] = values.slice(1).map(plainCell);
    });
    sheets.set(
      sheet.name,
      Array.from(rows, (row) => row ?? []),
    );
  }
  return sheets;
}

/** A CSV file as rows of text; a byte-order mark and ragged rows are accepted. */
export async function readCsv(path: string): Promise<Rows> {
  const text = await readFile(path);
  return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
}
