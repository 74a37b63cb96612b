/**
 * A system's "Measured use" on its profile: for each measure of the feed, the system's latest
 * value with its period, its rank among the systems with a value in that period, the national
 * value from summed parts, and its monthly (or quarterly) series. A measure the system has no
 * value of still appears, saying so; a feed without measures gives nothing.
 */
import type { Feed, Measure } from '../feed/feed-schema';
import type { MeasureValue } from './measure-values';
import { groupValue, measureValues, valuesAt } from './measure-values';

export interface MeasuredUse {
  measure: Measure;
  /** The system's newest period with a value, or null when it has none. */
  period: string | null;
  value: number | null;
  /** 1 is the highest; null without a value. */
  rank: number | null;
  /** Systems with a value in that period. */
  ranked: number;
  /** The national value in that period, from every system's summed parts. */
  national: number | null;
  /** The system's values, oldest first. */
  series: readonly MeasureValue[];
}

export function measuredUse(
  feed: Pick<Feed, 'measures' | 'measurements'>,
  system: string,
): MeasuredUse[] {
  return feed.measures.map((measure) => {
    const values = measureValues(measure, feed.measurements);
    const series = values.bySystem.get(system) ?? [];
    const latest = series.at(-1) ?? null;
    if (!latest) {
      return { measure, period: null, value: null, rank: null, ranked: 0, national: null, series };
    }
    const at = [...valuesAt(values, latest.period).values()];
    const higher = at.filter((row) => row.value > latest.value).length;
    return {
      measure,
      period: latest.period,
      value: latest.value,
      rank: higher + 1,
      ranked: at.length,
      national: groupValue(measure, at),
      series,
    };
  });
}
