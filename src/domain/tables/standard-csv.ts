/**
 * The standards table as CSV cells: the rows shown, with the figures unrounded enough to reuse
 * (shares to 3 places, scores to 1) and ids beside names so a spreadsheet can join on them.
 */
import { csvNumber } from '../format/format-number';
import type { StandardRow } from './standard-rows';

export const STANDARD_CSV_HEADER = [
  'period',
  'standard_id',
  'standard',
  'category_id',
  'category',
  'systems_reporting',
  'systems_live',
  'share_of_systems_live',
  'share_of_population_covered',
  'mean_score_population_weighted',
  'change_over_year_points',
  'lower_quartile',
  'median',
  'upper_quartile',
  'interquartile_range',
  'lowest',
  'highest',
] as const;

const places = (value: number | null, digits: number) => csvNumber(value, digits);

export function standardCsvRows(
  rows: readonly StandardRow[],
  period: string,
): (string | number | null)[][] {
  return rows.map((row) => [
    period,
    row.id,
    row.name,
    row.categoryId,
    row.categoryName,
    row.reporting,
    row.live,
    places(row.shareLive, 3),
    places(row.populationCovered, 3),
    places(row.meanScore, 1),
    places(row.changeOverYear, 1),
    places(row.q1, 1),
    places(row.median, 1),
    places(row.q3, 1),
    places(row.iqr, 1),
    places(row.min, 1),
    places(row.max, 1),
  ]);
}
