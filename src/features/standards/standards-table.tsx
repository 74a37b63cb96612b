import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useFeedPlace } from '../../api/use-feed-place';
import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import { AppLink } from '../../components/ui/app-link';
import type { TableSort } from '../../domain/tables/sort-rows';
import { STANDARD_SORT_VALUE, standardSortFrom } from '../../domain/tables/standard-row-order';
import type { StandardSort, StandardSortColumn } from '../../domain/tables/standard-row-order';
import type { StandardRow } from '../../domain/tables/standard-rows';
import {
  formatChange,
  formatPoints,
  formatScore,
  formatShare,
} from '../../domain/format/format-number';
import { formatRange } from './format';
import { standardColumns } from './standard-columns';
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

const CELLS: Record<StandardSortColumn, (row: StandardRow) => ReactNode> = {
  name: (row) => <AppLink to={`/standards/${encodeURIComponent(row.id)}`}>{row.name}</AppLink>,
  category: (row) => row.categoryName,
  live: (row) => (
    <Value
      main={formatShare(row.shareLive)}
      detail={row.shareLive === null ? undefined : `${row.live} of ${row.reporting}`}
    />
  ),
  population: (row) => formatShare(row.populationCovered),
  mean: (row) => formatScore(row.meanScore),
  change: (row) => <Value main={formatChange(row.changeOverYear)} />,
  spread: (row) => <SpreadValue row={row} />,
};

// Labels and sort values come from the lists the "Sort by" select and the domain sort use, so the
// table, the phone's "Sort by" and the CSV order cannot disagree.
const columnsFor = (national: string): DataColumn<StandardRow>[] =>
  standardColumns(national).map(({ column, label, numeric }) => ({
    key: column,
    header: label,
    numeric,
    rowHeader: column === 'name',
    cell: CELLS[column],
    sortValue: STANDARD_SORT_VALUE[column],
  }));

/**
 * Every standard shown, sortable by clicking a column header. The sort lives in the URL (the
 * caller's), so the rows arrive already in order and a click asks `onSort` for the next one.
 */
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
  const { national } = useFeedPlace();
  const columns = useMemo(() => columnsFor(national), [national]);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      sort={{ key: sort.column, direction: sort.direction }}
      onSortChange={(next: TableSort) => onSort(standardSortFrom(next.key, next.direction))}
    />
  );
}
