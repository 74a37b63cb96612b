import type { ReactNode } from 'react';
import type { DataColumn } from './data-table';
import type { CsvCell } from '../../lib/csv';
import { formatPeriod } from '../../domain/periods/period';
import { csvNumber, formatScore } from '../../domain/format/format-number';

/**
 * The column shapes most tables write out by hand, written once so that a number shows, sorts and
 * downloads from the same value. DataTable already sorts null last, so the value may be null.
 */
export function numberColumn<
  Row,
  Value extends number | null | undefined = number | null | undefined,
>(
  key: string,
  header: string,
  value: (row: Row) => Value,
  /** Given exactly what `value` returns, so a column that is never empty formats a plain number. */
  format: (value: Value) => ReactNode,
  options: { csv?: (row: Row) => CsvCell } = {},
): DataColumn<Row> {
  return {
    key,
    header,
    numeric: true,
    cell: (row) => format(value(row)),
    sortValue: (row) => value(row) ?? null,
    ...(options.csv ? { csv: options.csv } : {}),
  };
}

/**
 * A 0 to 100 score: whole on screen ("No data", or `missing`, when absent), to one decimal in the
 * CSV so a download keeps the precision that decides close ranks.
 */
export function scoreColumn<Row>(
  key: string,
  header: string,
  value: (row: Row) => number | null,
  missing?: string,
): DataColumn<Row> {
  return numberColumn(key, header, value, (score) => formatScore(score, missing), {
    csv: (row) => csvNumber(value(row), 1),
  });
}

/** A text column sorting A to Z; `rowHeader` when it names the row. */
export function textColumn<Row>(
  key: string,
  header: string,
  value: (row: Row) => string,
  options: { rowHeader?: boolean } = {},
): DataColumn<Row> {
  return {
    key,
    header,
    ...(options.rowHeader ? { rowHeader: true } : {}),
    cell: (row) => value(row),
    sortValue: (row) => value(row),
  };
}

/** A period as the row header ("Q1 2024-25"), sorting by its id, which sorts in time order. */
export function periodColumn<Row>(
  value: (row: Row) => string,
  header = 'Quarter',
): DataColumn<Row> {
  return {
    key: 'period',
    header,
    rowHeader: true,
    cell: (row) => formatPeriod(value(row)),
    sortValue: (row) => value(row),
  };
}
