import type { MapDatum } from './map-model';

export type SortColumn = 'name' | 'value' | 'change' | 'region';
export type SortDirection = 'ascending' | 'descending';

function compareNullable(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Sorted copy; missing values always last; ties by name so the order is stable. */
export function sortMapData(
  rows: readonly MapDatum[],
  column: SortColumn,
  direction: SortDirection,
  regionName: (code: string) => string,
): MapDatum[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const key = (row: MapDatum) =>
    column === 'value' ? row.value : column === 'change' ? row.changeOverYear : null;
  return [...rows].sort((a, b) => {
    let order: number;
    if (column === 'name') order = sign * a.name.localeCompare(b.name);
    else if (column === 'region')
      order = sign * regionName(a.regionCode).localeCompare(regionName(b.regionCode));
    else {
      const ka = key(a);
      const kb = key(b);
      order = ka === null || kb === null ? compareNullable(ka, kb) : sign * (ka - kb);
    }
    return order || a.name.localeCompare(b.name);
  });
}
