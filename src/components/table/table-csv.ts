import type { CsvCell, CsvTable } from '../../lib/csv';
import type { DataColumn } from './data-table';

/**
 * The rows of a table as CSV, in the order given: each column's csv value, else its sort value,
 * else its cell when every row's cell is plain text or a number. A column with none of these (a
 * button, say) is left out rather than written as blanks.
 */
export function tableCsv<Row>(columns: readonly DataColumn<Row>[], rows: readonly Row[]): CsvTable {
  const values = columns.flatMap((column) => {
    const value = column.csv ?? column.sortValue ?? plainCell(column, rows);
    return value ? [{ header: column.header, value }] : [];
  });
  return {
    header: values.map((column) => column.header),
    rows: rows.map((row) => values.map((column) => column.value(row))),
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
