/**
 * scoreFeed on the minimal feed, checked against arithmetic done by hand. Default weights:
 * categories identity 1, transfers 2; standards nhs-number 1 (identity), e-rs 1 and bars 3
 * (transfers). A standard's effective weight in the overall: nhs-number 1, e-rs 2 x 1/4 = 0.5,
 * bars 2 x 3/4 = 1.5, out of 3.
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { systemIn } from '../../testing/fixtures/domain/scored-system';
import type { Feed } from '../feed/feed-schema';
import { LOW_CONFIDENCE_BELOW, scoreFeed, scoredPeriods } from './score-feed';
import { defaultWeights } from './weights';

const feed: Feed = minimalFeed;
const published = defaultWeights(feed);

describe('scoreFeed: hand-computed scores with the published weights', () => {
  const scores = scoreFeed(feed, published);

  it.each([
    // S1: nhs-number live 100; e-rs partial 0.5 -> 65; bars planned 10.
    // transfers (1 x 65 + 3 x 10) / 4 = 23.75; overall (1 x 100 + 2 x 23.75) / 3 = 49.1666...
    ['2025-Q4', 'S1', 100, 23.75, 49.166666667, 1],
    // S2: nhs-number 100; e-rs piloting 30; bars missing, so transfers = 30 (completeness 1/4).
    // overall (100 + 2 x 30) / 3 = 53.333...; completeness (1 x 1 + 2 x 1/4) / 3 = 0.5
    ['2025-Q4', 'S2', 100, 30, 53.333333333, 0.5],
    // S3: nhs-number partial 0.8 -> 30 + 56 = 86; e-rs live 100; bars not started 0.
    // transfers (100 + 0) / 4 = 25; overall (86 + 2 x 25) / 3 = 45.333...
    ['2025-Q4', 'S3', 86, 25, 45.333333333, 1],
    // S1: 100; e-rs 100, bars piloting 30: transfers (100 + 90) / 4 = 47.5; overall 195 / 3 = 65
    ['2026-Q1', 'S1', 100, 47.5, 65, 1],
    // S2: e-rs partial 0.25 -> 47.5, bars planned 10: transfers (47.5 + 30) / 4 = 19.375;
    // overall (100 + 38.75) / 3 = 46.25
    ['2026-Q1', 'S2', 100, 19.375, 46.25, 1],
    // S3: bars planned 10: transfers (100 + 30) / 4 = 32.5; overall (100 + 65) / 3 = 55
    ['2026-Q1', 'S3', 100, 32.5, 55, 1],
    // S1: bars partial 0.5 -> 65: transfers (100 + 195) / 4 = 73.75; overall 247.5 / 3 = 82.5
    ['2026-Q2', 'S1', 100, 73.75, 82.5, 1],
    // S4 (new): nhs-number partial 0.6 -> 72; e-rs live; bars missing: transfers 100 (1/4).
    // overall (72 + 200) / 3 = 90.666...; completeness (1 + 2 x 1/4) / 3 = 0.5
    ['2026-Q2', 'S4', 72, 100, 90.666666667, 0.5],
  ])(
    '%s %s: identity %s, transfers %s, overall %s, completeness %s',
    (period, code, identity, transfers, overall, completeness) => {
      const system = systemIn(scores, period, code);
      expect(system.categories.identity?.score).toBeCloseTo(identity, 9);
      expect(system.categories.transfers?.score).toBeCloseTo(transfers, 9);
      expect(system.overall).toBeCloseTo(overall, 9);
      expect(system.completeness).toBeCloseTo(completeness, 9);
      expect(system.lowConfidence).toBe(completeness < LOW_CONFIDENCE_BELOW);
    },
  );

  it('gives category completeness as the share of its standard weight reported', () => {
    expect(systemIn(scores, '2025-Q4', 'S2').categories).toEqual({
      identity: { score: 100, completeness: 1 },
      transfers: { score: 30, completeness: 0.25 },
    });
  });

  it('lists every standard score, null where nothing was reported (not zero)', () => {
    expect(systemIn(scores, '2025-Q4', 'S2').standards).toEqual({
      'nhs-number': 100,
      'e-rs': 30,
      bars: null,
    });
    expect(systemIn(scores, '2025-Q4', 'S3').standards.bars).toBe(0);
  });

  it('scores each period in its own geography vintage, in feed order', () => {
    expect(scoredPeriods(scores)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    const codes = (period: string) => scores.byPeriod[period]?.systems.map((s) => s.code);
    expect(codes('2025-Q4')).toEqual(['S1', 'S2', 'S3']);
    expect(codes('2026-Q2')).toEqual(['S1', 'S3', 'S4']);
  });

  it('aggregates nationally: population-weighted mean, unweighted quartiles', () => {
    // Populations S1 1.0m, S2 0.5m, S3 2.0m; overall 49.1667, 53.3333, 45.3333.
    // mean (1 x 147.5/3 + 0.5 x 160/3 + 2 x 136/3) / 3.5 = 166.5 / 3.5 = 47.571428571
    // sorted 45.3333, 49.1667, 53.3333: q1 = (45.3333 + 49.1667) / 2 = 47.25, q3 = 51.25
    const national = scores.byPeriod['2025-Q4']?.national;
    expect(national?.populationWeighted).toBeCloseTo(47.571428571, 8);
    expect(national?.median).toBeCloseTo(49.166666667, 8);
    expect(national?.q1).toBeCloseTo(47.25, 8);
    expect(national?.q3).toBeCloseTo(51.25, 8);
    expect(national?.min).toBeCloseTo(45.333333333, 8);
    expect(national?.max).toBeCloseTo(53.333333333, 8);
    expect(national?.count).toBe(3);
  });

  it('aggregates by region', () => {
    // R1 = S1, S2: (1 x 147.5/3 + 0.5 x 160/3) / 1.5 = 50.5555...; median (49.1667 + 53.3333) / 2
    const regions = scores.byPeriod['2025-Q4']?.regions;
    expect(regions?.R1?.populationWeighted).toBeCloseTo(50.555555556, 8);
    expect(regions?.R1?.median).toBeCloseTo(51.25, 8);
    expect(regions?.R1?.count).toBe(2);
    expect(regions?.R2?.populationWeighted).toBeCloseTo(45.333333333, 8);
    expect(regions?.R2?.count).toBe(1);
  });

  it('aggregates each category nationally', () => {
    // identity: S1 100, S2 100, S3 86: (100 + 50 + 172) / 3.5 = 92; median 100, q1 93
    // transfers: 23.75, 30, 25: (23.75 + 15 + 50) / 3.5 = 25.357142857; median 25
    const categories = scores.byPeriod['2025-Q4']?.categoriesNational;
    expect(categories?.identity?.populationWeighted).toBeCloseTo(92, 9);
    expect(categories?.identity?.median).toBe(100);
    expect(categories?.identity?.q1).toBe(93);
    expect(categories?.transfers?.populationWeighted).toBeCloseTo(25.357142857, 8);
    expect(categories?.transfers?.median).toBe(25);
  });
});
