import type { MapDatum } from '../../domain/charts/map-model';
import type { CsvTable } from '../../lib/csv';

/** The values a map draws, one row per system in the order given, as the map's CSV download. */
export function mapCsv(
  rows: readonly MapDatum[],
  valueHeading: string,
  regionName: (code: string) => string,
): CsvTable {
  return {
    header: [
      'System',
      'Code',
      'Region',
      valueHeading,
      'Completeness (%)',
      'Low confidence',
      'Rank',
      'Rank interval low',
      'Rank interval high',
      'Compared with England',
      'Change over the year',
    ],
    rows: rows.map((row) => [
      row.name,
      row.code,
      regionName(row.regionCode),
      row.value === null ? null : Math.round(row.value * 10) / 10,
      Math.round(row.completeness * 100),
      row.lowConfidence,
      row.rank,
      row.interval?.low ?? null,
      row.interval?.high ?? null,
      row.vsEngland,
      row.changeOverYear === null ? null : Math.round(row.changeOverYear * 10) / 10,
    ]),
  };
}
