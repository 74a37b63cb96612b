import type { CsvCell, CsvTable } from '../../lib/csv';
import type { DataColumn } from './data-table';
import { csvNumber } from '../../domain/format/format-number';

/**
 * The rows of a table as CSV, in the order given: each column's csv value, else its sort value,
 * else its cell when every row's cell is plain text or a number. A column with none of these (a
 * button, say) is left out rather than written as blanks.
 */
export function tableCsv<Row>(columns: readonly DataColumn<Row>[], rows: readonly Row[]): CsvTable {
  const values = columns.flatMap((column) => {
    const value = column.csv ?? shownNumber(column) ?? column.sortValue ?? plainCell(column, rows);
    return value ? [{ header: column.header, value }] : [];
  });
  return {
    header: values.map((column) => column.header),
    rows: rows.map((row) => values.map((column) => column.value(row))),
  };
}

/** Decimal places in a cell's text: "18.5" has 1, "63" and "64%" have 0; null when not a number. */
export function shownDecimals(text: string): number | null {
  const match = /^[^\d]*-?[\d,]+(?:\.(\d+))?[^\d]*$/.exec(text.replace(/\u2212/g, '-'));
  return match ? (match[1]?.length ?? 0) : null;
}

/**
 * A numeric column with no csv of its own writes its sort value rounded as its cell shows it
 * (csvNumber), so a CSV never carries floating-point noise such as 62.671532352499995.
 */
function shownNumber<Row>(column: DataColumn<Row>): ((row: Row) => CsvCell) | null {
  const sortValue = column.sortValue;
  if (!column.numeric || !sortValue) return null;
  return (row) => {
    const value = sortValue(row);
    if (typeof value !== 'number') return value ?? null;
    const cell = column.cell(row);
    const decimals = typeof cell === 'string' ? shownDecimals(cell) : null;
    // A percentage cell shows a share of 1 as "57%": keep the two places the % hides.
    const percent = typeof cell === 'string' && cell.trim().endsWith('%') ? 2 : 0;
    return csvNumber(value, (decimals ?? 1) + percent);
  };
}

function plainCell<Row>(
  column: DataColumn<Row>,
  rows: readonly Row[],
): ((row: Row) => CsvCell) | null {
  const isPlain = (value: unknown): value is string | number =>
    typeof value === 'string' || typeof value === 'number';
  if (rows.length === 0 || !rows.every((row) => isPlain(column.cell(row)))) return null;
  return (row) => {
    const cell = column.cell(row);
    return isPlain(cell) ? cell : null;
  };
}
