/**
 * CSV that is safe to open in a spreadsheet. Follows OWASP's CSV injection advice: a cell that
 * starts with = + - @ tab or carriage return is prefixed with a single quote so Excel, Sheets and
 * LibreOffice read it as text, never as a formula. Every cell is quoted when it needs to be
 * (RFC 4180), and the file starts with a UTF-8 byte order mark so Excel reads accents correctly.
 */
export type CsvCell = string | number | boolean | null | undefined;

/** A table ready to write: the header and the rows, in order. */
export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
export const UTF8_BOM = '\uFEFF';

/** Numbers stay numbers (a negative number is data, not a formula); text is neutralised. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
