import { AppLink } from '../../components/ui/app-link';
import { nextStandardSort } from '../../domain/tables/standard-row-order';
import type { StandardSort, StandardSortColumn } from '../../domain/tables/standard-row-order';
import type { StandardRow } from '../../domain/tables/standard-rows';
import { formatChange } from '../../domain/format/format-number';
import { formatPoints, formatRange, formatScore, formatShare } from './format';
import { SortableHeader } from './sortable-header';
import { STANDARD_COLUMNS } from './standard-columns';
import { RowHeader, TableCell } from './table-cell';
import './standards.css';

/** A value with a smaller line of detail under it; the value itself never wraps. */
function Value({ main, detail }: { main: string; detail?: string }) {
  return (
    <>
      <span className="app-nowrap">{main}</span>
      {detail ? (
        <span className="app-muted nhsuk-u-font-size-16 app-value-detail">{detail}</span>
      ) : null}
    </>
  );
}

function SpreadValue({ row }: { row: StandardRow }) {
  if (row.iqr === null) return <>No data</>;
  return (
    <Value main={formatPoints(row.iqr)} detail={`middle half ${formatRange(row.q1, row.q3)}`} />
  );
}

/** Every standard shown, sortable by clicking a column header; the sort lives in the URL. */
export function StandardsTable({
  rows,
  caption,
  sort,
  onSort,
}: {
  rows: readonly StandardRow[];
  caption: string;
  sort: StandardSort;
  onSort: (sort: StandardSort) => void;
}) {
  const sortBy = (column: StandardSortColumn) => onSort(nextStandardSort(sort, column));
  return (
    <table className="nhsuk-table nhsuk-table--responsive app-sortable-table" role="table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row" role="row">
          {STANDARD_COLUMNS.map(({ column, label, numeric }) => (
            <SortableHeader key={column} {...{ column, label, numeric, sort }} onSort={sortBy} />
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={row.id}>
            <RowHeader heading="Standard">
              <AppLink to={`/standards/${encodeURIComponent(row.id)}`}>{row.name}</AppLink>
            </RowHeader>
            <TableCell heading="Category">{row.categoryName}</TableCell>
            <TableCell heading="Systems live" numeric>
              <Value
                main={formatShare(row.shareLive)}
                detail={row.shareLive === null ? undefined : `${row.live} of ${row.reporting}`}
              />
            </TableCell>
            <TableCell heading="Population covered" numeric>
              {formatShare(row.populationCovered)}
            </TableCell>
            <TableCell heading="England score" numeric>
              {formatScore(row.meanScore)}
            </TableCell>
            <TableCell heading="Change over the year" numeric>
              <Value main={formatChange(row.changeOverYear)} />
            </TableCell>
            <TableCell heading="Spread between systems" numeric>
              <SpreadValue row={row} />
            </TableCell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
