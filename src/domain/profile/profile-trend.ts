/**
 * The profile's trend: the system, England, its region and its peer median in every quarter, and
 * where the system's geography changed. Before a new system began its values are rebased from the
 * systems it was made from (series.ts), so the chart marks where its own figures start.
 */
import type { Feed, System } from '../feed/feed-schema';
import { predecessorsOf, successorsOf } from '../geography/crosswalk';
import { isSystemValidIn } from '../geography/system-validity';
import { quarterBounds } from '../periods/quarter';
import { scoredPeriods } from '../scoring/score-feed';
import { nationalSeries, regionSeries, systemSeries } from '../scoring/series';
import type { FeedScores } from '../scoring/score-types';
import { medianOf } from './benchmarks';
import { feedPlace } from '../feed/feed-place';

export interface TrendPoint {
  period: string;
  value: number | null;
  /** True where the value was rebased from predecessor systems. */
  rebased?: boolean;
}

export type TrendKey = 'system' | 'england' | 'region' | 'peers';

export interface TrendSeries {
  key: TrendKey;
  label: string;
  points: TrendPoint[];
}

export interface ProfileTrend {
  periods: string[];
  series: TrendSeries[];
  /** The quarter the system's geography changed, with a label; null when it never did. */
  marker: { period: string; label: string } | null;
}

function peerMedianPoints(feed: Feed, scores: FeedScores, peers: readonly string[]): TrendPoint[] {
  const byPeriod = new Map<string, (number | null)[]>();
  for (const peer of peers) {
    for (const point of systemSeries(feed, scores, peer)) {
      byPeriod.set(point.period, [...(byPeriod.get(point.period) ?? []), point.value]);
    }
  }
  return scoredPeriods(scores).map((period) => ({
    period,
    value: medianOf(byPeriod.get(period) ?? []),
  }));
}

/**
 * Where the system's geography changed: a new system's first quarter ("began"), the first quarter
 * after a system that kept its code took in part of an ended one ("area changed"), an ended
 * system's last quarter ("ended"). null when none applies.
 */
export function vintageMarker(
  feed: Pick<Feed, 'geography'>,
  system: System,
  periods: readonly string[],
): ProfileTrend['marker'] {
  const { crosswalk, systems } = feed.geography;
  const ends = predecessorsOf(crosswalk, system.code).flatMap((link) => {
    const end = systems.find((candidate) => candidate.code === link.code)?.validTo;
    return end ? [end] : [];
  });
  const changed = ends.sort().at(-1);
  if (changed !== undefined) {
    // ISO dates compare as text: the first quarter starting after the last predecessor ended.
    const period = periods.find((p) => (quarterBounds(p)?.start ?? '') > changed);
    const began = system.validFrom > changed;
    if (period) return { period, label: began ? `${system.shortName} began` : 'Area changed' };
  }
  const last = periods.filter((period) => isSystemValidIn(system, period)).at(-1);
  if (last !== undefined && successorsOf(crosswalk, system.code).length > 0) {
    return { period: last, label: `${system.shortName} ended` };
  }
  return null;
}

/** The system, England, its region and its peer median over every scored quarter. */
export function profileTrend(input: {
  feed: Feed;
  scores: FeedScores;
  system: System;
  regionName: string;
  peers: readonly string[];
}): ProfileTrend {
  const { feed, scores, system } = input;
  const periods = scoredPeriods(scores);
  const plain = (points: readonly TrendPoint[]) =>
    points.map(({ period, value }) => ({ period, value }));
  return {
    periods,
    series: [
      { key: 'system', label: system.shortName, points: systemSeries(feed, scores, system.code) },
      {
        key: 'england',
        label: feedPlace(feed.metadata).national,
        points: plain(nationalSeries(scores)),
      },
      {
        key: 'region',
        label: input.regionName,
        points: plain(regionSeries(scores, system.regionCode)),
      },
      { key: 'peers', label: 'Peer median', points: peerMedianPoints(feed, scores, input.peers) },
    ],
    marker: vintageMarker(feed, system, periods),
  };
}
