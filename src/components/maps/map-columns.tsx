import type { MapDatum } from '../../domain/charts/map-model';
import { formatChange } from '../../domain/format/format-number';
import { formatRankInterval } from '../../domain/scoring/ranks';
import type { DataColumn } from '../table/data-table';
import { systemNameColumn } from '../table/name-columns';
import { numberColumn, textColumn } from '../table/value-columns';
import { ComparisonLabel } from '../ui/comparison-label';
import { ScoreValue } from '../ui/score-value';

/**
 * The columns of a map's table: the system, the value the map colours by, its rank, how it
 * compares with the national figure, its change over the year and its region. Rank and comparison do not
 * sort: the value column already orders by the same thing.
 */
export function mapColumns(
  valueHeading: string,
  regionName: (code: string) => string,
  /** "Compared with England": the feed's place, or neutral words (domain/feed/feed-place). */
  comparedWith: string,
): DataColumn<MapDatum>[] {
  return [
    systemNameColumn<MapDatum>(),
    {
      key: 'value',
      header: valueHeading,
      numeric: true,
      cell: (row) => (
        <ScoreValue
          score={row.value}
          completeness={row.completeness}
          lowConfidence={row.lowConfidence && row.value !== null}
          missing={row.unavailable}
        />
      ),
      sortValue: (row) => row.value,
      // An unavailable product's system says why in the export too, never an empty or a zero.
      csv: (row) => row.value ?? row.unavailable,
    },
    {
      key: 'rank',
      header: 'Rank (90% interval)',
      cell: (row) => (row.interval ? formatRankInterval(row.interval) : (row.rank ?? '–')),
      csv: (row) => row.rank,
    },
    {
      key: 'england',
      header: comparedWith,
      cell: (row) => <ComparisonLabel comparison={row.vsEngland} />,
      csv: (row) => row.vsEngland,
    },
    numberColumn('change', 'Change over the year', (row) => row.changeOverYear, formatChange),
    textColumn('region', 'Region', (row) => regionName(row.regionCode)),
  ];
}
