import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { rankIntervals } from '../scoring/ranks';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { readinessRows } from './readiness-rows';

const weights = defaultWeights(minimalFeed);
const scores = scoreFeed(minimalFeed, weights);

describe('readinessRows', () => {
  it('lists the systems of the period best first, with names, regions and ranks', () => {
    const intervals = rankIntervals(minimalFeed, '2026-Q2', weights);
    const rows = readinessRows(minimalFeed, scores, '2026-Q2', intervals);
    // 2026-Q2 is the new geography: North Vale has ended, Vale and Shore has begun.
    expect(rows.map((row) => row.name).sort()).toEqual([
      'East Shore',
      'Vale and Shore',
      'West Hills',
    ]);
    expect(rows.map((row) => row.rank)).toEqual([...rows.map((row) => row.rank)].sort());
    expect(rows[0]?.rank).toBe(1);
    for (const row of rows) {
      expect(row.interval?.low).toBeLessThanOrEqual(row.rank ?? 0);
      expect(row.interval?.high).toBeGreaterThanOrEqual(row.rank ?? 0);
      expect(['North', 'South']).toContain(row.region);
    }
  });

  it('gives no trend word with fewer than five quarters', () => {
    const rows = readinessRows(minimalFeed, scores, '2026-Q2', {});
    expect(rows.every((row) => row.trend.word === null)).toBe(true);
    expect(rows.every((row) => row.interval === null)).toBe(true);
  });

  it('is empty for a period the feed does not have', () => {
    expect(readinessRows(minimalFeed, scores, '2030-Q1', {})).toEqual([]);
  });
});
