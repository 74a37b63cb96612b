import type { MapDatum } from '../../domain/charts/map-model';
import { csvNumber, csvPercent } from '../../domain/format/format-number';
import type { CsvTable } from '../../lib/csv';

/**
 * The values a map draws, one row per system in the order given, as the map's CSV download. Numbers
 * are rounded by the same rule as the tooltip and table (csvNumber), so they read the same.
 */
export function mapCsv(
  rows: readonly MapDatum[],
  valueHeading: string,
  regionName: (code: string) => string,
  comparedWith: string,
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
      comparedWith,
      'Change over the year',
    ],
    rows: rows.map((row) => [
      row.name,
      row.code,
      regionName(row.regionCode),
      csvNumber(row.value, 1),
      csvPercent(row.completeness),
      row.lowConfidence,
      row.rank,
      row.interval?.low ?? null,
      row.interval?.high ?? null,
      row.vsEngland,
      csvNumber(row.changeOverYear, 1),
    ]),
  };
}
