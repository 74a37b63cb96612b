import { useMemo } from 'react';
import type { Feed, Measure, System } from '../../../domain/feed/feed-schema';
import { measureTrend } from '../../../domain/measures/measure-trend';
import type { MeasureTrend } from '../../../domain/measures/measure-trend';
import { measureValues } from '../../../domain/measures/measure-values';

/**
 * A measure's line for one system beside the national figure, or null when no period has a
 * value (a frame over nothing would suggest values exist). The profile and its embed share it.
 */
export function useMeasureTrend(
  feed: Pick<Feed, 'measurements' | 'geography'>,
  measure: Measure,
  system: System,
  national: string,
): MeasureTrend | null {
  return useMemo(() => {
    const trend = measureTrend(
      measureValues(measure, feed.measurements),
      feed.geography,
      system,
      national,
    );
    return trend.rows.some((row) => row.value !== null) ? trend : null;
  }, [feed, measure, system, national]);
}
