/**
 * Everything the national page shows for one quarter and measure, in one pure function, so the
 * page can compute it once per (feed, scores, quarter, measure, intervals) and every child gets
 * the same objects back on a re-render (a tab click, a sort) instead of rebuilt ones.
 */
import type { Feed } from '../feed/feed-schema';
import type { RankInterval } from '../scoring/ranks';
import type { AggregateScore, FeedScores } from '../scoring/score-types';
import { nationalSeries } from '../scoring/series';
import { trendOf } from '../scoring/trend';
import type { Trend } from '../scoring/trend';
import { standardRows } from '../tables/standard-rows';
import type { StandardRow } from '../tables/standard-rows';
import { mapData } from './map-model';
import type { MapDatum } from './map-model';
import { metricName } from './metric-value';
import type { MetricChoice } from './metric-value';
import { countBelow, spreadChange } from './national-summary-model';
import type { SpreadChange } from './national-summary-model';
import { regionRows } from './region-rows';
import type { RegionRow } from './region-rows';
import { lowestStandards, movedMost } from './standard-highlights';

export interface NationalPageModel {
  national: AggregateScore;
  /** Readiness trend up to and including the quarter shown. */
  trend: Trend;
  spread: SpreadChange;
  /** Systems below the low-readiness threshold. */
  below: number;
  /** "readiness", "Transfers of care score": the measure in a sentence. */
  what: string;
  map: MapDatum[];
  regions: RegionRow[];
}

/** The standards furthest behind and the ones that moved most over the year, for one quarter. */
export interface NationalStandardHighlights {
  lowest: StandardRow[];
  moved: StandardRow[];
}

/** The parts that depend on the quarter alone, so a change of measure reuses them. */
export type NationalQuarterModel = Omit<NationalPageModel, 'what' | 'map'>;

/** null when the quarter has no scores. */
export function nationalQuarterModel(
  feed: Feed,
  scores: FeedScores,
  period: string,
): NationalQuarterModel | null {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return null;
  return {
    national: periodScores.national,
    trend: trendOf(nationalSeries(scores).filter((point) => point.period <= period)),
    spread: spreadChange(scores, period),
    below: countBelow(scores, period),
    regions: regionRows(scores, period, feed.geography.regions),
  };
}

/**
 * null when the quarter has no scores. Apart from the page model because the standards' rows read
 * the quarter's observations (and, once per feed, index them by quarter): about 220 ms on the
 * 478,000-observation big-feed bench, for lists that sit below the map, so the page draws them in
 * a later render than the map's (issue 18).
 */
export function nationalStandardHighlights(
  feed: Feed,
  scores: FeedScores,
  period: string,
): NationalStandardHighlights | null {
  if (!scores.byPeriod[period]) return null;
  const standards = standardRows(feed, scores, period);
  return { lowest: lowestStandards(standards), moved: movedMost(standards) };
}

/** null when the quarter has no scores (the page says so instead). */
export function nationalPageModel(
  feed: Feed,
  scores: FeedScores,
  period: string,
  metric: MetricChoice,
  intervals: Readonly<Record<string, RankInterval>>,
  /** Systems whose data product gave no data, with the words to show (domain/mesh/no-data-text). */
  unavailable?: ReadonlyMap<string, string>,
  /** The quarter's own parts, when the caller already has them. */
  quarter: NationalQuarterModel | null = nationalQuarterModel(feed, scores, period),
): NationalPageModel | null {
  if (!quarter) return null;
  return {
    ...quarter,
    what: metricName(feed, metric),
    map: mapData(feed, scores, period, metric, intervals, unavailable),
  };
}
