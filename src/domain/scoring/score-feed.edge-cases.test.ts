/**
 * scoreFeed with changed weights and at the edges (nothing reported, one system, stray rows), on
 * the minimal feed, checked against arithmetic done by hand. Default weights:
 * categories identity 1, transfers 2; standards nhs-number 1 (identity), e-rs 1 and bars 3
 * (transfers). A standard's effective weight in the overall: nhs-number 1, e-rs 2 x 1/4 = 0.5,
 * bars 2 x 3/4 = 1.5, out of 3.
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { systemIn } from '../../testing/fixtures/domain/scored-system';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from './score-feed';
import { defaultWeights } from './weights';
import type { Weights } from './weights';

const feed: Feed = minimalFeed;
const published = defaultWeights(feed);

function withWeights(change: (w: Weights) => void): Weights {
  const weights = structuredClone(published);
  change(weights);
  return weights;
}

describe('scoreFeed: weights', () => {
  it('switches a standard off with weight 0: it counts for nothing, not even in completeness', () => {
    const scores = scoreFeed(
      feed,
      withWeights((w) => (w.standards.bars = 0)),
    );
    // S1 2025-Q4: transfers = e-rs alone = 65; overall (100 + 2 x 65) / 3 = 76.666...
    expect(systemIn(scores, '2025-Q4', 'S1').overall).toBeCloseTo(76.666666667, 9);
    // S2 2025-Q4 lacked only bars, so it is now complete.
    expect(systemIn(scores, '2025-Q4', 'S2').completeness).toBe(1);
    // The standard's own score is still shown.
    expect(systemIn(scores, '2025-Q4', 'S1').standards.bars).toBe(10);
  });

  it('switches a category off with weight 0: overall and completeness ignore it', () => {
    const scores = scoreFeed(
      feed,
      withWeights((w) => (w.categories.transfers = 0)),
    );
    const s1 = systemIn(scores, '2025-Q4', 'S1');
    expect(s1.overall).toBe(100); // identity alone
    expect(systemIn(scores, '2025-Q4', 'S2').completeness).toBe(1);
    // The category keeps its own score, which depends only on standard weights.
    expect(s1.categories.transfers).toEqual({ score: 23.75, completeness: 1 });
  });

  it('re-weights categories', () => {
    // S1 2025-Q4 with transfers weight 1: (100 + 23.75) / 2 = 61.875
    const scores = scoreFeed(
      feed,
      withWeights((w) => (w.categories.transfers = 1)),
    );
    expect(systemIn(scores, '2025-Q4', 'S1').overall).toBe(61.875);
  });

  it('uses the published default for an id the weights do not mention', () => {
    const partial = { categories: { identity: 1 }, standards: {} };
    expect(scoreFeed(feed, partial)).toEqual(scoreFeed(feed, published));
  });

  it('gives no overall and zero completeness when every weight is zero', () => {
    const zero = { categories: { identity: 0, transfers: 0 }, standards: {} };
    const s1 = systemIn(scoreFeed(feed, zero), '2025-Q4', 'S1');
    expect(s1).toMatchObject({ overall: null, completeness: 0, lowConfidence: true });
  });
});

describe('scoreFeed: completeness counts each standard at its effective weight', () => {
  // Effective weights: nhs-number 1, e-rs 0.5, bars 1.5, out of 3.
  it.each([
    ['bars only', ['bars'], 10, 0.5], // overall = transfers = bars planned 10; 1.5 / 3
    ['e-rs only', ['e-rs'], 65, 1 / 6], // 0.5 / 3
    ['nhs-number only', ['nhs-number'], 100, 1 / 3], // 1 / 3
    ['e-rs and bars', ['e-rs', 'bars'], 23.75, 2 / 3], // (0.5 + 1.5) / 3
  ])('S1 in 2025-Q4 reporting %s', (_name, standards, overall, completeness) => {
    const observations = feed.observations.filter(
      (o) => o.system === 'S1' && o.period === '2025-Q4' && standards.includes(o.standard),
    );
    const s1 = systemIn(scoreFeed({ ...feed, observations }, published), '2025-Q4', 'S1');
    expect(s1.overall).toBeCloseTo(overall, 9);
    expect(s1.completeness).toBeCloseTo(completeness, 9);
    expect(s1.lowConfidence).toBe(true);
  });
});

describe('scoreFeed: edge cases', () => {
  it('scores an empty feed (no periods) as nothing', () => {
    expect(scoreFeed({ ...feed, periods: [], observations: [] }, published)).toEqual({
      byPeriod: {},
    });
  });

  it('marks a system with nothing reported as unscored, never zero', () => {
    const scores = scoreFeed({ ...feed, observations: [] }, published);
    const s1 = systemIn(scores, '2025-Q4', 'S1');
    expect(s1).toMatchObject({ overall: null, completeness: 0, lowConfidence: true });
    expect(s1.categories.identity).toEqual({ score: null, completeness: 0 });
    expect(scores.byPeriod['2025-Q4']?.national).toMatchObject({
      populationWeighted: null,
      median: null,
      count: 0,
    });
  });

  it('summarises a single-system period as that system', () => {
    const onlyS1 = {
      ...feed,
      geography: { ...feed.geography, systems: [feed.geography.systems[0]!] },
    };
    const national = scoreFeed(onlyS1, published).byPeriod['2026-Q1']?.national;
    expect(national).toEqual({
      populationWeighted: 65,
      median: 65,
      q1: 65,
      q3: 65,
      min: 65,
      max: 65,
      count: 1,
    });
  });

  it('ignores rows for unknown systems, standards or periods and for systems out of vintage', () => {
    const noisy = {
      ...feed,
      observations: [
        ...feed.observations,
        { system: 'S9', standard: 'bars', period: '2025-Q4', status: 'live' as const },
        { system: 'S1', standard: 'x', period: '2025-Q4', status: 'live' as const },
        { system: 'S1', standard: 'bars', period: '2019-Q1', status: 'live' as const },
        { system: 'S2', standard: 'bars', period: '2026-Q2', status: 'live' as const },
      ],
    };
    expect(scoreFeed(noisy, published)).toEqual(scoreFeed(feed, published));
  });

  it('keeps the higher score should a duplicate row slip through, whatever the order', () => {
    const row = { system: 'S2', standard: 'bars', period: '2025-Q4' };
    const low = { ...row, status: 'planned' as const };
    const high = { ...row, status: 'live' as const };
    const a = scoreFeed({ ...feed, observations: [...feed.observations, low, high] }, published);
    const b = scoreFeed({ ...feed, observations: [high, ...feed.observations, low] }, published);
    expect(a).toEqual(b);
    expect(systemIn(a, '2025-Q4', 'S2').standards.bars).toBe(100);
  });

  it('returns plain data that survives JSON and structured cloning unchanged (no NaN)', () => {
    const scores = scoreFeed(feed, published);
    expect(JSON.parse(JSON.stringify(scores))).toEqual(scores);
    expect(structuredClone(scores)).toEqual(scores);
  });
});
