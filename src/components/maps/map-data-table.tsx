import { useMemo } from 'react';
import type { MapDatum } from '../../domain/charts/map-model';
import { sortRows } from '../../domain/tables/sort-rows';
import { DataTable } from '../table/data-table';
import { mapColumns } from './map-columns';

/** The map's values as a table, sortable by any column but rank; ranked best first to begin with. */
export function MapDataTable({
  rows,
  caption,
  valueHeading,
  regionName,
  comparedWith,
}: {
  rows: readonly MapDatum[];
  caption: string;
  valueHeading: string;
  regionName: (code: string) => string;
  comparedWith: string;
}) {
  const columns = useMemo(
    () => mapColumns(valueHeading, regionName, comparedWith),
    [valueHeading, regionName, comparedWith],
  );
  // In name order first: the table's sort keeps ties in the order given, so ties read A to Z.
  const byName = useMemo(() => sortRows(rows, (row) => row.name, 'asc'), [rows]);
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={byName}
      rowKey={(row) => row.code}
      initialSort={{ key: 'value', direction: 'desc' }}
    />
  );
}
