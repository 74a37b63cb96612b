/**
 * The rank-interval draws use their own, faster layout of the arithmetic. With unperturbed weights
 * they must give scoreFeed's overall scores exactly, or a system could change rank between the
 * table and its interval for no reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import { mulberry32 } from '../random/mulberry32';
import { drawRanks, overallsUnder } from './rank-draws';
import type { RankProblem } from './rank-draws';
import { scoreFeed } from './score-feed';
import { buildScoreMatrices } from './score-matrix';
import { catalogueOf, weightVectorsOf } from './weight-vectors';
import { defaultWeights } from './weights';
import type { Weights } from './weights';

const sampleFeed = JSON.parse(readFileSync('public/data/feed.json', 'utf8')) as Feed;

function problemFor(feed: Feed, period: string, weights: Weights): RankProblem {
  const catalogue = catalogueOf(feed);
  const rows = feed.geography.systems.flatMap((s, row) =>
    isSystemValidIn(s, period) ? [row] : [],
  );
  return {
    matrix: buildScoreMatrices(feed, [period]).byPeriod[0]!,
    rows: Int32Array.from(rows),
    standardCategory: catalogue.standardCategory,
    weights: weightVectorsOf(feed, catalogue, weights),
  };
}

function changed(feed: Feed): Weights {
  const weights = defaultWeights(feed);
  const [first, second] = feed.categories;
  if (first) weights.categories[first.id] = 0;
  if (second) weights.categories[second.id] = 37.5;
  const standard = feed.standards.at(-1);
  if (standard) weights.standards[standard.id] = 0.3;
  return weights;
}

describe('overallsUnder', () => {
  it.each([
    ['the minimal feed, published weights', minimalFeed, '2025-Q4', defaultWeights(minimalFeed)],
    ['the minimal feed, changed weights', minimalFeed, '2026-Q2', changed(minimalFeed)],
    ['the sample feed, published weights', sampleFeed, '2026-Q3', defaultWeights(sampleFeed)],
    ['the sample feed, changed weights', sampleFeed, '2025-Q2', changed(sampleFeed)],
  ])('matches scoreFeed exactly on %s', (_name, feed: Feed, period, weights) => {
    const problem = problemFor(feed, period, weights);
    const expected = scoreFeed(feed, weights).byPeriod[period]!.systems.map(
      (s) => s.overall ?? Number.NaN,
    );
    expect(Array.from(overallsUnder(problem, problem.weights))).toEqual(expected);
  });
});

describe('drawRanks', () => {
  it('lays out one rank per system per draw, each between 1 and the number of systems', () => {
    const problem = problemFor(sampleFeed, '2026-Q3', defaultWeights(sampleFeed));
    const ranks = drawRanks(problem, 20, mulberry32(1));
    expect(ranks.length).toBe(problem.rows.length * 20);
    expect(Math.min(...ranks)).toBe(1);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(problem.rows.length);
  });
});
