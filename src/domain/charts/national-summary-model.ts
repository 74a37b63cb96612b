import { formatFixed } from '../format/format-number';
import { changeOverYear } from '../periods/change-over-year';
import { yearEarlierId } from '../periods/period';
import type { FeedScores } from '../scoring/score-feed';

/** Systems below this readiness are counted on the national view ("below 60 out of 100"). */
export const LOW_READINESS_THRESHOLD = 60;

export interface SpreadChange {
  /** Upper quartile minus lower quartile of readiness across systems, now. */
  now: number | null;
  /** The same, in the same quarter a year earlier. */
  yearEarlier: number | null;
  /** Positive when the gap between the top and bottom quarter of systems is widening. */
  change: number | null;
}

/** The gap between the top and bottom quarter of systems, and how it moved over the year. */
export function spreadChange(scores: FeedScores, period: string): SpreadChange {
  const gap = (at: string | null) => {
    const national = at === null ? undefined : scores.byPeriod[at]?.national;
    return national && national.q1 !== null && national.q3 !== null
      ? national.q3 - national.q1
      : null;
  };
  // By label, not position: with a quarter missing, four places back is another year.
  const earlier = yearEarlierId(period);
  const now = gap(period);
  const yearEarlier = gap(earlier);
  const series = [
    { period, value: now, rebased: false },
    ...(earlier === null ? [] : [{ period: earlier, value: yearEarlier, rebased: false }]),
  ];
  return { now, yearEarlier, change: changeOverYear(series, period)?.value ?? null };
}

/** How many systems with a score are below the threshold. */
export function countBelow(
  scores: FeedScores,
  period: string,
  threshold = LOW_READINESS_THRESHOLD,
) {
  const systems = scores.byPeriod[period]?.systems ?? [];
  return systems.filter((system) => system.overall !== null && system.overall < threshold).length;
}

/** Plain words for a change in the spread: a change under half a point is "about the same". */
export function describeSpreadChange(change: number | null): string {
  if (change === null) return 'not enough history to compare with a year earlier';
  if (Math.abs(change) < 0.5) return 'about the same as a year earlier';
  const points = formatFixed(Math.abs(change), 1);
  return change > 0
    ? `widening: ${points} points wider than a year earlier`
    : `narrowing: ${points} points narrower than a year earlier`;
}
