/**
 * Ranks, and how stable they are. A bare league table overstates differences that depend on the
 * choice of weights; a rank interval shows the range of ranks a system takes when every weight is
 * varied by up to half either way, so "12th (8th–17th)" reads as "somewhere around 12th".
 */
import type { Feed } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import { mulberry32 } from '../random/mulberry32';
import { overallOf, sumCategories } from './category-sums';
import { drawRanks } from './rank-draws';
import type { RankProblem } from './rank-draws';
import { rankInto } from './rank-order';
import type { SystemScore } from './score-feed';
import { blendMeasuredUse } from './measured-use';
import { buildScoreMatrices } from './score-matrix';
import { catalogueOf, weightVectorsOf } from './weight-vectors';
import type { Weights } from './weights';

export const DEFAULT_RANK_DRAWS = 1000;
export const DEFAULT_RANK_SEED = 20260415;
/** The interval runs from the 5th to the 95th percentile of the ranks across draws. */
export const RANK_INTERVAL_PERCENTILES = { low: 0.05, high: 0.95 } as const;

export interface RankInterval {
  rank: number;
  /** 5th percentile rank across draws (the best plausible rank), widened to include `rank`. */
  low: number;
  /** 95th percentile rank across draws (the worst plausible rank), widened to include `rank`. */
  high: number;
}

/** 1 = highest overall; ties share the best rank (1, 2, 2, 4); systems with no score get none. */
export function rankSystems(systems: readonly SystemScore[]): Record<string, number> {
  const scored = systems.filter((s) => s.overall !== null);
  const values = Float64Array.from(scored, (s) => s.overall ?? 0);
  const ranks = new Int32Array(scored.length);
  rankInto(values, new Int32Array(scored.length), ranks);
  return Object.fromEntries(scored.map((s, i) => [s.code, ranks[i]!]));
}

/** Overall scores under the given, unperturbed weights, by scoreFeed's own arithmetic. */
function baseOveralls(problem: RankProblem): Float64Array {
  const { matrix, rows, standardCategory, weights } = problem;
  const categories = weights.category.length;
  const sums = new Float64Array(categories);
  const reported = new Float64Array(categories);
  return Float64Array.from(rows, (row) => {
    sumCategories(
      matrix,
      row * weights.standard.length,
      standardCategory,
      weights.standard,
      sums,
      reported,
    );
    return overallOf(sums, reported, weights.category);
  });
}

/**
 * The period's systems that have a score under the given weights, and their ranks under them.
 * Whether a system has a score does not change when positive weights are scaled, so unscored
 * systems are dropped once, before the draws, and every draw ranks the same set.
 */
function rankProblemFor(feed: Feed, period: string, weights: Weights) {
  const catalogue = catalogueOf(feed);
  const vectors = weightVectorsOf(feed, catalogue, weights);
  const rows: number[] = [];
  feed.geography.systems.forEach((system, row) => {
    if (isSystemValidIn(system, period)) rows.push(row);
  });
  const matrices = buildScoreMatrices(feed, [period]);
  // The intervals rank the same scores as scoreFeed, measured use included when it is on.
  if (weights.measuredUse === true) blendMeasuredUse(feed, [period], matrices);
  const problem: RankProblem = {
    matrix: matrices.byPeriod[0]!,
    rows: Int32Array.from(rows),
    standardCategory: catalogue.standardCategory,
    weights: vectors,
  };
  const overalls = baseOveralls(problem);
  const kept = rows.flatMap((_row, i) => (Number.isNaN(overalls[i]) ? [] : [i]));
  const values = Float64Array.from(kept, (i) => overalls[i]!);
  const ranks = new Int32Array(kept.length);
  rankInto(values, new Int32Array(kept.length), ranks);
  return {
    problem: { ...problem, rows: Int32Array.from(kept, (i) => rows[i]!) },
    codes: kept.map((i) => feed.geography.systems[rows[i]!]!.code),
    ranks,
  };
}

/** Nearest-rank percentile of ascending integers: always a rank some draw actually gave. */
function percentileOf(sorted: Int32Array, p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

interface RankIntervalOptions {
  draws?: number;
  seed?: number;
}

/**
 * Seeded Monte Carlo: each draw multiplies every category and standard weight by U(0.5, 1.5) and
 * re-ranks. The same feed, weights and seed always give the same intervals.
 */
export function rankIntervals(
  feed: Feed,
  period: string,
  weights: Weights,
  options: RankIntervalOptions = {},
): Record<string, RankInterval> {
  const steps = rankIntervalSteps(feed, period, weights, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * rankIntervals in steps, for a page that must not block while a reader changes the quarter (a
 * thousand draws took 50-110 ms at a phone's speed): the set-up, then every `drawsPerStep` draws,
 * is one step, and the caller lets the page run between them. The draws take the seeded numbers
 * in the same order whatever the step, so the intervals are the same as in one go.
 */
export function* rankIntervalSteps(
  feed: Feed,
  period: string,
  weights: Weights,
  options: RankIntervalOptions & { drawsPerStep?: number } = {},
): Generator<void, Record<string, RankInterval>, void> {
  const draws = Math.max(1, Math.floor(options.draws ?? DEFAULT_RANK_DRAWS));
  const perStep = Math.max(1, Math.floor(options.drawsPerStep ?? draws));
  const { problem, codes, ranks: baseRanks } = rankProblemFor(feed, period, weights);
  const random = mulberry32(options.seed ?? DEFAULT_RANK_SEED);
  // System-major, as drawRanks gives them: draw d of system i is at i * draws + d.
  const ranks = new Int32Array(codes.length * draws);
  for (let done = 0; done < draws; done += perStep) {
    yield;
    const count = Math.min(perStep, draws - done);
    const step = drawRanks(problem, count, random);
    for (let i = 0; i < codes.length; i++) {
      ranks.set(step.subarray(i * count, (i + 1) * count), i * draws + done);
    }
  }
  return Object.fromEntries(
    codes.map((code, i) => {
      const own = ranks.subarray(i * draws, (i + 1) * draws).sort();
      const rank = baseRanks[i]!;
      // The weights in use are the centre of every draw and plausible themselves, so the interval
      // always holds the rank they give.
      const low = Math.min(rank, percentileOf(own, RANK_INTERVAL_PERCENTILES.low));
      const high = Math.max(rank, percentileOf(own, RANK_INTERVAL_PERCENTILES.high));
      return [code, { rank, low, high }];
    }),
  );
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "12th (8th–17th)"; just "3rd" when the interval is that single rank. */
export function formatRankInterval(interval: RankInterval): string {
  const rank = ordinal(interval.rank);
  if (interval.low === interval.high) return rank;
  return `${rank} (${ordinal(interval.low)}–${ordinal(interval.high)})`;
}
