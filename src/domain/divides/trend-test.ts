/**
 * The robust trend test every "is it widening?" question uses: a Theil-Sen slope over the quarters
 * with a value, called up (or down) only when (1) there are at least 5 of them, (2) the slope is
 * at least a stated size a year and (3) its 95% confidence interval excludes zero.
 */
import { quarterIndex } from '../periods/quarter';
import { theilSen } from './theil-sen';

/** As for the readiness trend words: no trend from fewer than 5 points (the Fingertips rule). */
export const MIN_PERIODS_FOR_DIVIDE_TREND = 5;

export type TrendDirection = 'up' | 'down' | 'flat';

export interface TrendTest {
  /** Quarters with a value. */
  n: number;
  /** Theil-Sen slope and its 95% interval, per year (4 quarters); null with under 2 points. */
  slopePerYear: number | null;
  lowPerYear: number | null;
  highPerYear: number | null;
  /** null when there are fewer than MIN_PERIODS_FOR_DIVIDE_TREND quarters with a value. */
  direction: TrendDirection | null;
}

export function trendTest(
  series: readonly { period: string; value: number | null }[],
  minPerYear: number,
): TrendTest {
  const points = series.flatMap(({ period, value }) => {
    const x = quarterIndex(period);
    return x === null || value === null ? [] : [{ x, y: value }];
  });
  const fit = theilSen(points);
  const perYear = (v: number | null | undefined) => (v === null || v === undefined ? null : v * 4);
  const slopePerYear = perYear(fit?.slope);
  const lowPerYear = perYear(fit?.low);
  const highPerYear = perYear(fit?.high);
  let direction: TrendDirection | null = null;
  if (points.length >= MIN_PERIODS_FOR_DIVIDE_TREND && slopePerYear !== null) {
    if (slopePerYear >= minPerYear && lowPerYear !== null && lowPerYear > 0) direction = 'up';
    else if (slopePerYear <= -minPerYear && highPerYear !== null && highPerYear < 0) {
      direction = 'down';
    } else direction = 'flat';
  }
  return { n: points.length, slopePerYear, lowPerYear, highPerYear, direction };
}
