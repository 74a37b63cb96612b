import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CsvCell } from '../../lib/csv';
import { nextSort, sortRows } from '../../domain/tables/sort-rows';
import type { SortValue, TableSort } from '../../domain/tables/sort-rows';
import { ResponsiveCell } from './responsive-cell';
import { SortHeader } from './sort-header';
import { TableSortControl } from './table-sort-control';
import { useNarrowScreen } from './use-narrow-screen';
import './data-table.css';

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

/**
 * The one table of the app: NHS.UK table markup that stacks into labelled rows on a phone, with
 * sortable columns (a button in each header and aria-sort saying the order) where a column has a
 * sort value. Rows come in display order; sorting never changes what is in the table.
 *
 * The sort is the table's own (from `initialSort`) unless `sort` is given: then the caller holds
 * it (the standards list keeps it in the URL) and a header click only asks `onSortChange`.
 * `sortable={false}` is for tables whose order is the point (quarters in time order).
 * On a phone the table stacks and hides its header row, so the sort moves to a visible "Sort by"
 * above it and the headers hold no buttons (no invisible Tab stops, and touch readers can sort).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  sort: controlledSort,
  onSortChange,
  sortable = true,
  id,
  captionSize = 'm',
}: {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: TableSort;
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  sortable?: boolean;
  id?: string;
  captionSize?: 's' | 'm';
}) {
  const [ownSort, setOwnSort] = useState<TableSort | null>(initialSort ?? null);
  const narrow = useNarrowScreen();
  const sorts = sortable && columns.some((column) => column.sortValue !== undefined);
  const sort = sorts ? (controlledSort ?? ownSort) : null;
  const sortColumn = sort ? columns.find((column) => column.key === sort.key) : undefined;
  const shown =
    sort && sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, sort.direction) : rows;
  const setSort = (next: TableSort) => {
    if (controlledSort === undefined) setOwnSort(next);
    onSortChange?.(next);
  };
  const onSort = (column: DataColumn<Row>) =>
    setSort(nextSort(sort, column.key, column.numeric ?? false));
  const table = (
    <table
      className={`nhsuk-table nhsuk-table--responsive${sorts ? ' app-sortable-table' : ''}`}
      role="table"
      id={id}
    >
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
              sortable={sorts && column.sortValue !== undefined}
              direction={sort?.key === column.key ? sort.direction : null}
              onSort={() => onSort(column)}
              button={!narrow}
            />
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {shown.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={rowKey(row)}>
            {columns.map((column) => (
              <BodyCell key={column.key} column={column} row={row} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!sorts || !narrow) return table;
  const options = columns.flatMap((column) =>
    column.sortValue
      ? [{ key: column.key, header: column.header, numeric: column.numeric ?? false }]
      : [],
  );
  return (
    <>
      <TableSortControl caption={caption} options={options} sort={sort} onSort={setSort} />
      {table}
    </>
  );
}

function BodyCell<Row>({ column, row }: { column: DataColumn<Row>; row: Row }) {
  if (column.rowHeader) {
    return (
      <th scope="row" role="rowheader" className="nhsuk-table__header app-table__row-header">
        {column.cell(row)}
      </th>
    );
  }
  return (
    <ResponsiveCell heading={column.header} numeric={column.numeric ?? false}>
      {column.cell(row)}
    </ResponsiveCell>
  );
}
