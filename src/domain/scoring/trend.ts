/**
 * Trend words. Quarterly scores move in small steps, so a word is only given when the evidence
 * is enough: at least 5 quarters with a value in the last 2 years (Fingertips states no trend
 * with fewer than 5 points), and a least-squares slope whose 95% confidence interval excludes no
 * change and which is worth at least one point a year. A slope, unlike a rank test such as
 * Mann-Kendall, comes with a size in points a year that can be said in the same sentence.
 */
import { formatFixed } from '../format/format-number';
import { fitLine } from './linear-fit';
import type { LinearFit } from './linear-fit';
import { changeOverYear } from '../periods/change-over-year';
import { quarterIndex } from '../periods/quarter';

export interface SeriesPoint {
  period: string;
  value: number | null;
  /** True when the value was rebased from predecessor systems across a geography change. */
  rebased: boolean;
}

export type TrendWord = 'improving' | 'no clear change' | 'worsening';

export interface Trend {
  /** Latest value minus the value in the same quarter a year earlier; null when either is missing. */
  changeOverYear: number | null;
  word: TrendWord | null;
  /** One plain-English sentence saying why this word (or none). */
  reason: string;
}

export const MIN_PERIODS_FOR_TREND = 5;
/** The slope is fitted over the last 2 years: long enough to see a trend, short enough to be now. */
export const TREND_WINDOW_QUARTERS = 8;
/** A clear slope smaller than this (points a year) is still "no clear change". */
export const MIN_TREND_POINTS_PER_YEAR = 1;

interface IndexedPoint {
  period: string;
  index: number;
  value: number | null;
  rebased: boolean;
}

/** Points on a quarter number line, oldest first; points with a malformed period are dropped. */
function indexed(series: readonly SeriesPoint[]): IndexedPoint[] {
  return series
    .flatMap((point) => {
      const index = quarterIndex(point.period);
      return index === null ? [] : [{ ...point, index }];
    })
    .sort((a, b) => a.index - b.index);
}

/** The latest point's change over the year (periods/change-over-year.ts, the one definition). */
function yearChangeAt(
  series: readonly SeriesPoint[],
  latest: IndexedPoint | undefined,
): number | null {
  return latest ? (changeOverYear(series, latest.period)?.value ?? null) : null;
}

/** One decimal place, and never "-0.0". */
const points1dp = (value: number) => formatFixed(value, 1);

function judge(fit: LinearFit, quarters: number): { word: TrendWord; reason: string } {
  const perYear = fit.slope * 4;
  const [low, high] = [fit.low * 4, fit.high * 4];
  const span = `over the last ${quarters} quarters`;
  const interval = `95% confidence interval ${points1dp(low)} to ${points1dp(high)}`;
  const clear = low > 0 || high < 0;
  if (clear && Math.abs(perYear) >= MIN_TREND_POINTS_PER_YEAR) {
    const rising = perYear > 0;
    return {
      word: rising ? 'improving' : 'worsening',
      reason: `${rising ? 'Rising' : 'Falling'} by ${points1dp(Math.abs(perYear))} points a year ${span} (${interval}).`,
    };
  }
  const why = clear
    ? `a steady change below the ${MIN_TREND_POINTS_PER_YEAR} point a year that counts as a trend`
    : 'the confidence interval includes no change';
  return {
    word: 'no clear change',
    reason: `No clear change: ${points1dp(perYear)} points a year ${span} (${interval}); ${why}.`,
  };
}

/** Change over the last 4 quarters, and a trend word by the documented test. */
export function trendOf(series: readonly SeriesPoint[]): Trend {
  const points = indexed(series);
  const latest = points.at(-1)?.index ?? 0;
  const change = yearChangeAt(series, points.at(-1));
  const window = points.filter((p) => p.value !== null && p.index > latest - TREND_WINDOW_QUARTERS);
  if (window.length < MIN_PERIODS_FOR_TREND) {
    return {
      changeOverYear: change,
      word: null,
      reason: `Too few quarters for a trend: ${window.length} with a value in the last ${TREND_WINDOW_QUARTERS}, and at least ${MIN_PERIODS_FOR_TREND} are needed.`,
    };
  }
  const fit = fitLine(
    window.map((p) => p.index),
    window.map((p) => p.value ?? 0),
  );
  if (!fit) return { changeOverYear: change, word: null, reason: 'No trend can be fitted.' };
  const quarters = latest - window[0]!.index + 1;
  const { word, reason } = judge(fit, quarters);
  const rebased = window.some((p) => p.rebased)
    ? ' Earlier values are rebased from the systems this one replaced.'
    : '';
  return { changeOverYear: change, word, reason: reason + rebased };
}
