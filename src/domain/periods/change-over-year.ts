/**
 * "Change over the year", the one definition every view uses: the value in a period minus the
 * value in the same period a year earlier, both found by their label. Never by position: the feed
 * contract allows gaps, and "four places back" in a list with a missing quarter is the wrong year.
 */
import { tidy } from '../scoring/precision';
import { yearEarlierId } from './period';

export interface ValuedPoint {
  period: string;
  value: number | null;
  /** True when the value was rebased from predecessor systems across a geography change. */
  rebased: boolean;
}

export interface ChangeOverYear {
  /** Value now minus value a year earlier, in the values' own unit (points for scores). */
  value: number;
  /** True when either end was rebased, so the change crosses a boundary change. */
  rebased: boolean;
}

/** null when the period is malformed, or either it or the year-earlier period has no value. */
export function changeOverYear(
  series: readonly ValuedPoint[],
  period: string,
): ChangeOverYear | null {
  const earlier = yearEarlierId(period);
  if (earlier === null) return null;
  const now = series.find((point) => point.period === period);
  const then = series.find((point) => point.period === earlier);
  if (!now || !then || now.value === null || then.value === null) return null;
  return { value: tidy(now.value - then.value), rebased: now.rebased || then.rebased };
}
