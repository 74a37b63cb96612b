import type { Feed } from '../feed/feed-schema';
import { compareScore } from '../scoring/compare';
import type { Comparison } from '../scoring/compare';
import { rankSystems } from '../scoring/ranks';
import type { RankInterval } from '../scoring/ranks';
import type { FeedScores } from '../scoring/score-feed';
import { systemSeries } from '../scoring/series';
import { trendOf } from '../scoring/trend';
import type { Trend } from '../scoring/trend';

export interface ReadinessRow {
  code: string;
  name: string;
  region: string;
  score: number | null;
  completeness: number;
  lowConfidence: boolean;
  rank: number | null;
  interval: RankInterval | null;
  vsEngland: Comparison | null;
  trend: Trend;
}

/**
 * One row per system in a period, best first: its readiness, how complete the data is, its rank
 * with the interval, how it compares with England, and its change over the last year.
 */
export function readinessRows(
  feed: Feed,
  scores: FeedScores,
  period: string,
  intervals: Readonly<Record<string, RankInterval>>,
): ReadinessRow[] {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return [];
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.shortName]));
  const regions = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  const ranks = rankSystems(periodScores.systems);
  const england = periodScores.national.populationWeighted;
  const rows = periodScores.systems.map((system) => ({
    code: system.code,
    name: names.get(system.code) ?? system.code,
    region: regions.get(system.regionCode) ?? system.regionCode,
    score: system.overall,
    completeness: system.completeness,
    lowConfidence: system.lowConfidence,
    rank: ranks[system.code] ?? null,
    interval: intervals[system.code] ?? null,
    vsEngland: compareScore(system.overall, england),
    trend: trendOf(upTo(systemSeries(feed, scores, system.code), period)),
  }));
  return rows.sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name),
  );
}

/** The series as it stood in `period`: later quarters must not leak into an earlier view. */
function upTo<T extends { period: string }>(series: readonly T[], period: string): T[] {
  return series.filter((point) => point.period <= period);
}
