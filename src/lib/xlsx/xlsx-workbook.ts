/**
 * The spreadsheet a table downloads as (issue 16): a title sheet first, saying what the data is,
 * where it came from, under which licence and whether it is illustrative, then the data sheet.
 * Pure, so what goes in each cell is tested without writing a file: numbers stay numbers, and
 * text stays text, even text that starts with "=" (a cell typed as text is never a formula, so a
 * name from a feed cannot run as one; unlike CSV, no quote prefix is needed or added).
 */
import type { CsvCell, CsvTable } from '../csv';
import type { ExportSource } from '../export-source';

export type SheetCell =
  | { kind: 'text'; value: string; bold?: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | null;

export interface SheetModel {
  name: string;
  rows: SheetCell[][];
  /** In characters, one per column. */
  columnWidths: number[];
  /** Rows kept in view while scrolling (the header). */
  frozenRows: number;
}

export interface WorkbookInfo {
  title: string;
  source: ExportSource;
  /** When the file was made, as people write it; passed in so this stays free of the clock. */
  generated: string;
}

export const TITLE_SHEET = 'About this data';
export const DATA_SHEET = 'Data';

// Characters XML 1.0 cannot hold: a feed's text containing one would make the file unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function text(value: string, bold = false): SheetCell {
  const clean = value.replace(NOT_XML, '');
  return bold ? { kind: 'text', value: clean, bold } : { kind: 'text', value: clean };
}

/** A table's cell as a sheet cell: a number that is not finite is left empty, as in the CSV. */
export function sheetCell(value: CsvCell): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : null;
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return text(value);
}

export function titleSheet(info: WorkbookInfo, rowCount: number): SheetModel {
  const { source } = info;
  const facts: [string, string][] = [
    ['Source', source.publisher],
    ['Date of data', source.dataDate],
    [
      'Illustrative',
      source.illustrative
        ? 'Illustrative data, not real adoption figures'
        : 'No: the figures are as published',
    ],
    ['Licence', source.licence],
    ...(source.weightsNote ? [['Weights', source.weightsNote] as [string, string]] : []),
    ['Generated', info.generated],
    ['Data', `${rowCount} ${rowCount === 1 ? 'row' : 'rows'} on the sheet "${DATA_SHEET}"`],
  ];
  const rows = [
    [text(info.title, true)],
    [],
    ...facts.map(([key, value]) => [text(key, true), text(value)]),
  ];
  return { name: TITLE_SHEET, rows, columnWidths: [14, widthOf(rows, 1)], frozenRows: 0 };
}

export function dataSheet(table: CsvTable): SheetModel {
  const rows = [
    table.header.map((header) => text(header, true)),
    ...table.rows.map((row) => row.map(sheetCell)),
  ];
  return {
    name: DATA_SHEET,
    rows,
    columnWidths: table.header.map((_, column) => widthOf(rows, column)),
    frozenRows: 1,
  };
}

export function xlsxWorkbook(info: WorkbookInfo, table: CsvTable): SheetModel[] {
  return [titleSheet(info, table.rows.length), dataSheet(table)];
}

/** Wide enough for the longest cell in the column, between 8 and 60 characters. */
function widthOf(rows: readonly SheetCell[][], column: number): number {
  const longest = Math.max(
    0,
    ...rows.map((row) => {
      const cell = row[column];
      return cell ? String(cell.value).length : 0;
    }),
  );
  return Math.min(60, Math.max(8, longest + 2));
}
