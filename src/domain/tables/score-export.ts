/**
 * Every system's scores in one period, for download: one flat table (CSV) and one nested
 * document (JSON) with the same numbers, so an analyst can take the whole period into a
 * spreadsheet or a notebook without scraping the screen.
 */
import { comparedWithText, feedPlace } from '../feed/feed-place';
import type { Feed } from '../feed/feed-schema';
import { csvNumber, csvPercent } from '../format/format-number';
import { compareScore } from '../scoring/compare';
import type { RankInterval } from '../scoring/ranks';
import { rankSystems } from '../scoring/ranks';
import type { FeedScores } from '../scoring/score-feed';
import type { Weights } from '../scoring/weights';

type Cell = string | number | boolean | null;

/** Scores to one decimal place: more would claim a precision the method does not have. */
const round = (value: number | null) => csvNumber(value, 1);

export interface ScoreExportTable {
  header: string[];
  rows: Cell[][];
}

const NONE_UNAVAILABLE: ReadonlyMap<string, string> = new Map();

export function scoreExportTable(
  feed: Feed,
  scores: FeedScores,
  period: string,
  intervals: Readonly<Record<string, RankInterval>>,
  /** In a mesh, systems whose product gave no data: a last column says why (never a blank). */
  unavailable: ReadonlyMap<string, string> = NONE_UNAVAILABLE,
): ScoreExportTable {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return { header: [], rows: [] };
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.name]));
  const regions = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  const ranks = rankSystems(periodScores.systems);
  const england = periodScores.national.populationWeighted;
  const header = [
    'Period',
    'Code',
    'System',
    'Region',
    'Population',
    'Readiness',
    'Completeness (%)',
    'Low confidence',
    'Rank',
    'Rank interval low',
    'Rank interval high',
    comparedWithText(feedPlace(feed.metadata)),
    ...feed.categories.map((category) => `Category: ${category.name}`),
    ...feed.standards.map((standard) => `Standard: ${standard.name}`),
    ...(unavailable.size > 0 ? ['Data product'] : []),
  ];
  const rows = periodScores.systems.map((system): Cell[] => [
    period,
    system.code,
    names.get(system.code) ?? system.code,
    regions.get(system.regionCode) ?? system.regionCode,
    system.population,
    round(system.overall),
    csvPercent(system.completeness),
    system.lowConfidence,
    ranks[system.code] ?? null,
    intervals[system.code]?.low ?? null,
    intervals[system.code]?.high ?? null,
    compareScore(system.overall, england),
    ...feed.categories.map((category) => round(system.categories[category.id]?.score ?? null)),
    ...feed.standards.map((standard) => round(system.standards[standard.id] ?? null)),
    ...(unavailable.size > 0 ? [unavailable.get(system.code) ?? 'loaded'] : []),
  ]);
  return { header, rows };
}

export function scoreExportDocument(
  feed: Feed,
  scores: FeedScores,
  period: string,
  weights: Weights,
  customWeights: boolean,
  intervals: Readonly<Record<string, RankInterval>>,
  unavailable: ReadonlyMap<string, string> = NONE_UNAVAILABLE,
) {
  const periodScores = scores.byPeriod[period];
  const ranks = periodScores ? rankSystems(periodScores.systems) : {};
  const england = periodScores?.national.populationWeighted ?? null;
  return {
    source: {
      title: feed.metadata.title,
      publisher: feed.metadata.publisher,
      generatedAt: feed.metadata.generatedAt,
      licence: feed.metadata.licence,
      illustrative: feed.metadata.illustrative,
    },
    period,
    weights: { custom: customWeights, ...weights },
    england: periodScores?.national ?? null,
    systems: (periodScores?.systems ?? []).map((system) => ({
      code: system.code,
      regionCode: system.regionCode,
      population: system.population,
      readiness: round(system.overall),
      completeness: csvNumber(system.completeness, 3),
      lowConfidence: system.lowConfidence,
      rank: ranks[system.code] ?? null,
      rankInterval: intervals[system.code] ?? null,
      comparedWithEngland: compareScore(system.overall, england),
      ...(unavailable.has(system.code) ? { noData: unavailable.get(system.code) } : {}),
      categories: Object.fromEntries(
        Object.entries(system.categories).map(([id, category]) => [id, round(category.score)]),
      ),
      standards: Object.fromEntries(
        Object.entries(system.standards).map(([id, score]) => [id, round(score)]),
      ),
    })),
  };
}
