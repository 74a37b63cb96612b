import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CsvCell } from '../../lib/csv';
import { sortRows } from '../../lib/sort-rows';
import type { SortDirection, SortValue } from '../../lib/sort-rows';
import { ResponsiveCell } from './responsive-cell';
import { SortHeader } from './sort-header';

export interface DataColumn<Row> {
  key: string;
  header: string;
  numeric?: boolean;
  /** The column that names the row: rendered as a row header. */
  rowHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable; null sorts last either way. */
  sortValue?: (row: Row) => SortValue;
  /** The value in the CSV download; defaults to sortValue, else a string or number cell. */
  csv?: (row: Row) => CsvCell;
}

export interface TableSort {
  key: string;
  direction: SortDirection;
}

/**
 * The one table of the app: NHS.UK table markup that stacks into labelled rows on a phone, with
 * sortable columns (a button in each header and aria-sort saying the order) where a column has a
 * sort value. Rows come in display order; sorting never changes what is in the table.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  id,
  captionSize = 'm',
}: {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: TableSort;
  id?: string;
  captionSize?: 's' | 'm';
}) {
  const [sort, setSort] = useState<TableSort | null>(initialSort ?? null);
  const sortColumn = sort ? columns.find((column) => column.key === sort.key) : undefined;
  const shown =
    sort && sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, sort.direction) : rows;
  const onSort = (column: DataColumn<Row>) =>
    setSort((current) => ({
      key: column.key,
      direction:
        current?.key === column.key
          ? current.direction === 'asc'
            ? 'desc'
            : 'asc'
          : column.numeric
            ? 'desc'
            : 'asc',
    }));
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table" id={id}>
      <caption className={`nhsuk-table__caption nhsuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <SortHeader
              key={column.key}
              label={column.header}
              numeric={column.numeric ?? false}
              sortable={column.sortValue !== undefined}
              direction={sort?.key === column.key ? sort.direction : null}
              onSort={() => onSort(column)}
            />
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {shown.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={rowKey(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th
                  key={column.key}
                  scope="row"
                  role="rowheader"
                  className="nhsuk-table__header app-table__row-header"
                >
                  {column.cell(row)}
                </th>
              ) : (
                <ResponsiveCell
                  key={column.key}
                  heading={column.header}
                  numeric={column.numeric ?? false}
                >
                  {column.cell(row)}
                </ResponsiveCell>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
