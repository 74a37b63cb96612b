import type { DataColumn } from './data-table';
import { AppLink } from '../ui/app-link';

/**
 * The first column of the tables that list systems or regions, written once: the row's name as
 * its row header, sorting A to Z. A system's name links to its profile.
 */
export function systemNameColumn<Row extends { code: string; name: string }>(
  header = 'System',
): DataColumn<Row> {
  return {
    key: 'name',
    header,
    rowHeader: true,
    cell: (row) => <AppLink to={`/systems/${encodeURIComponent(row.code)}`}>{row.name}</AppLink>,
    sortValue: (row) => row.name,
  };
}

/** A region's name as the row header (regions have no page of their own to link to). */
export function regionNameColumn<Row extends { name: string }>(): DataColumn<Row> {
  return {
    key: 'name',
    header: 'Region',
    rowHeader: true,
    cell: (row) => row.name,
    sortValue: (row) => row.name,
  };
}
