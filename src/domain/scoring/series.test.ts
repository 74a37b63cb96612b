/**
 * Series across the April 2026 vintage change on the minimal feed. North Vale (S2) ended on
 * 31 March 2026; 60% of its 500,000 residents went to the new Vale and Shore (S4), 40% to East
 * Shore (S3). Overall scores (see score-feed.test.ts): S2 53.333 (2025-Q4), 46.25 (2026-Q1);
 * S4 90.667 (2026-Q2).
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from './score-feed';
import { nationalSeries, regionSeries, systemSeries } from './series';
import { defaultWeights } from './weights';

const feed: Feed = minimalFeed;
const scores = scoreFeed(feed, defaultWeights(feed));

describe('systemSeries', () => {
  it('rebases a new system before it began from its predecessor', () => {
    // One predecessor, so the weighted mean is S2's own value: weights 0.6 x 500,000.
    expect(systemSeries(feed, scores, 'S4')).toEqual([
      { period: '2025-Q4', value: 53.333333333, rebased: true },
      { period: '2026-Q1', value: 46.25, rebased: true },
      { period: '2026-Q2', value: 90.666666667, rebased: false },
    ]);
  });

  it('weights several predecessors by the residents each contributed', () => {
    // Suppose S4 had also taken half of West Hills (S1, 1,000,000, overall 65 in 2026-Q1):
    // (0.6 x 500,000 x 46.25 + 0.5 x 1,000,000 x 65) / (300,000 + 500,000)
    // = (13,875,000 + 32,500,000) / 800,000 = 57.96875
    const crosswalk = [
      ...feed.geography.crosswalk,
      { from: 'S1', to: [{ code: 'S4', populationShare: 0.5 }] },
    ];
    const merged = { ...feed, geography: { ...feed.geography, crosswalk } };
    const points = systemSeries(merged, scoreFeed(merged, defaultWeights(merged)), 'S4');
    expect(points[1]).toEqual({ period: '2026-Q1', value: 57.96875, rebased: true });
  });

  it('omits periods after an ended system ended', () => {
    expect(systemSeries(feed, scores, 'S2')).toEqual([
      { period: '2025-Q4', value: 53.333333333, rebased: false },
      { period: '2026-Q1', value: 46.25, rebased: false },
    ]);
  });

  it("keeps a continuing system's own history", () => {
    expect(systemSeries(feed, scores, 'S3').map((p) => [p.value, p.rebased])).toEqual([
      [45.333333333, false],
      [55, false],
      [65, false],
    ]);
  });

  it('rebases any picked value, such as a category score', () => {
    // S2 transfers: 30 (2025-Q4), 19.375 (2026-Q1)
    const points = systemSeries(feed, scores, 'S4', (s) => s.categories.transfers?.score ?? null);
    expect(points.map((p) => p.value)).toEqual([30, 19.375, 100]);
  });

  it('keeps a missing predecessor value missing, not zero', () => {
    const noS2 = { ...feed, observations: feed.observations.filter((o) => o.system !== 'S2') };
    const points = systemSeries(noS2, scoreFeed(noS2, defaultWeights(noS2)), 'S4');
    expect(points[0]).toEqual({ period: '2025-Q4', value: null, rebased: true });
  });

  it('is empty for an unknown system', () => {
    expect(systemSeries(feed, scores, 'nope')).toEqual([]);
  });

  it('omits periods before a new system with no predecessors began', () => {
    const crosswalk: Feed['geography']['crosswalk'] = [];
    const noCrosswalk = { ...feed, geography: { ...feed.geography, crosswalk } };
    expect(systemSeries(noCrosswalk, scores, 'S4').map((p) => p.period)).toEqual(['2026-Q2']);
  });
});

describe('nationalSeries and regionSeries', () => {
  it('list the population-weighted value in every period', () => {
    // 2025-Q4: 166.5 / 3.5 (see score-feed.test.ts)
    const national = nationalSeries(scores);
    expect(national.map((p) => p.period)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(national[0]?.value).toBeCloseTo(47.571428571, 8);
    expect(national.every((p) => !p.rebased)).toBe(true);
    // R2 is East Shore alone.
    expect(regionSeries(scores, 'R2').map((p) => p.value)).toEqual([45.333333333, 55, 65]);
    expect(regionSeries(scores, 'nope').map((p) => p.value)).toEqual([null, null, null]);
  });
});
