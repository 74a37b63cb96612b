import { useMemo } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';
import { valuesInPeriod } from '../../domain/measures/crosswalk-measure-values';
import type { ValuesInPeriod } from '../../domain/measures/crosswalk-measure-values';
import { measureGeography, sameSystems } from '../../domain/measures/measure-geography';
import type { MeasureGeography } from '../../domain/measures/measure-geography';
import { latestPeriod, measureValues } from '../../domain/measures/measure-values';
import type { MeasureValues } from '../../domain/measures/measure-values';
import { systemsInPeriod } from '../../domain/geography/system-validity';

export interface MeasureViewState {
  values: MeasureValues;
  /** The requested period when the measure has it, else its latest. */
  period: string;
  geography: MeasureGeography;
  /** The readiness quarter the reader has chosen, and the codes of its systems. */
  readiness: { quarter: string; systems: string[] } | null;
  /**
   * When the period is on another geography than the readiness quarter: how many of the
   * quarter's systems have a value in it, their own or estimated through the crosswalk.
   */
  crosswalked: ValuesInPeriod | null;
}

/** The chosen measure's values and period on the national page, or null when none is chosen. */
export function useMeasureView(
  feed: Feed,
  choice: { id: string | null; requestedPeriod: string | null },
  quarter: string | null,
): MeasureViewState | null {
  const { id, requestedPeriod } = choice;
  return useMemo(() => {
    const measure = feed.measures.find((m) => m.id === id);
    if (!measure) return null;
    const values = measureValues(measure, feed.measurements);
    const latest = latestPeriod(values);
    const period =
      requestedPeriod !== null && values.periods.includes(requestedPeriod)
        ? requestedPeriod
        : latest;
    if (period === null) return null;
    const geography = measureGeography(feed.geography, period);
    if (!geography) return null;
    const inQuarter = quarter ? systemsInPeriod(feed.geography.systems, quarter) : [];
    const readiness = quarter ? { quarter, systems: inQuarter.map((s) => s.code) } : null;
    const crosswalked =
      readiness && !sameSystems(geography, readiness.systems)
        ? valuesInPeriod(values, feed.geography.crosswalk, inQuarter, period)
        : null;
    return { values, period, geography, readiness, crosswalked };
  }, [feed, id, requestedPeriod, quarter]);
}
