/**
 * The systems and their scores as API rows, from the domain's own scoring (published weights,
 * seeded rank intervals), so each figure is the one the national page and a profile show.
 */
import type { z } from 'zod';
import type { Feed, System } from '../../src/domain/feed/feed-schema';
import { predecessorsOf, successorsOf } from '../../src/domain/geography/crosswalk';
import { rankIntervals } from '../../src/domain/scoring/ranks';
import type { RankInterval } from '../../src/domain/scoring/ranks';
import type { FeedScores, PeriodScores, SystemScore } from '../../src/domain/scoring/score-feed';
import type { Weights } from '../../src/domain/scoring/weights';
import type { PeriodScoreRowSchema, ScoreRowSchema, SystemRowSchema } from './api-schemas';

type SystemRow = z.infer<typeof SystemRowSchema>;
type ScoreRow = z.infer<typeof ScoreRowSchema>;
type PeriodScoreRow = z.infer<typeof PeriodScoreRowSchema>;

export const systemScoresPath = (code: string) => `/api/v1/systems/${code}/scores`;

export function systemRows(feed: Feed): SystemRow[] {
  const regions = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  const { crosswalk } = feed.geography;
  return feed.geography.systems.map((system) => ({
    code: system.code,
    odsCode: system.odsCode ?? null,
    name: system.name,
    shortName: system.shortName,
    regionCode: system.regionCode,
    regionName: regions.get(system.regionCode) ?? null,
    population: system.population,
    validFrom: system.validFrom,
    validTo: system.validTo,
    successors: successorsOf(crosswalk, system.code).map((link) => link.code),
    predecessors: predecessorsOf(crosswalk, system.code).map((link) => link.code),
    scoresPath: systemScoresPath(system.code),
  }));
}

/** Each scored period's rank intervals under the published weights (seeded: repeatable). */
export function intervalsByPeriod(
  feed: Feed,
  scores: FeedScores,
  weights: Weights,
): Map<string, Record<string, RankInterval>> {
  return new Map(
    Object.keys(scores.byPeriod).map((period) => [period, rankIntervals(feed, period, weights)]),
  );
}

export function periodScoreRows(
  feed: Feed,
  periodScores: PeriodScores,
  intervals: Record<string, RankInterval>,
  notes: ReadonlyMap<string, string>,
): PeriodScoreRow[] {
  const systems = new Map(feed.geography.systems.map((system) => [system.code, system]));
  const rankedCount = Object.keys(intervals).length;
  return periodScores.systems.map((score) => {
    const system = systems.get(score.code);
    const interval = intervals[score.code];
    return {
      period: periodScores.period,
      code: score.code,
      name: system?.name ?? score.code,
      shortName: system?.shortName ?? score.code,
      regionCode: score.regionCode,
      overall: score.overall,
      completeness: score.completeness,
      lowConfidence: score.lowConfidence,
      rank: interval?.rank ?? null,
      rankLow: interval?.low ?? null,
      rankHigh: interval?.high ?? null,
      rankedCount,
      note: notes.get(score.code) ?? null,
    };
  });
}

const noRank = { rank: null, rankLow: null, rankHigh: null, rankedCount: null };

function periodRows(
  feed: Feed,
  score: SystemScore,
  period: string,
  intervals: Record<string, RankInterval>,
): ScoreRow[] {
  const interval = intervals[score.code];
  const overall: ScoreRow = {
    period,
    level: 'overall',
    id: 'overall',
    name: 'Overall readiness',
    score: score.overall,
    completeness: score.completeness,
    lowConfidence: score.lowConfidence,
    rank: interval?.rank ?? null,
    rankLow: interval?.low ?? null,
    rankHigh: interval?.high ?? null,
    rankedCount: Object.keys(intervals).length,
  };
  const categories = feed.categories.map((category): ScoreRow => {
    const own = score.categories[category.id];
    const base = { period, level: 'category' as const, id: category.id, name: category.name };
    const figures = { score: own?.score ?? null, completeness: own?.completeness ?? null };
    return { ...base, ...figures, lowConfidence: null, ...noRank };
  });
  const standards = feed.standards.map((standard): ScoreRow => {
    const base = { period, level: 'standard' as const, id: standard.id, name: standard.name };
    const figures = { score: score.standards[standard.id] ?? null, completeness: null };
    return { ...base, ...figures, lowConfidence: null, ...noRank };
  });
  return [overall, ...categories, ...standards];
}

/** Every period the system existed in, oldest first: overall, then categories, then standards. */
export function systemScoreRows(
  feed: Feed,
  system: System,
  scores: FeedScores,
  intervals: ReadonlyMap<string, Record<string, RankInterval>>,
): ScoreRow[] {
  return Object.values(scores.byPeriod).flatMap((periodScores) => {
    // Only the periods the system existed in: an ended system keeps its old periods.
    const score = periodScores.systems.find((candidate) => candidate.code === system.code);
    if (!score) return [];
    return periodRows(feed, score, periodScores.period, intervals.get(periodScores.period) ?? {});
  });
}
