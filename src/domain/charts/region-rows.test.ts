import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { regionRows } from './region-rows';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));

describe('regionRows', () => {
  it('lists regions with systems, highest first, with their comparison with England', () => {
    const rows = regionRows(scores, '2026-Q1', minimalFeed.geography.regions);
    expect(rows.map((row) => row.code).sort()).toEqual(['R1', 'R2']);
    expect(rows[0]?.value).toBeGreaterThanOrEqual(rows[1]?.value ?? 0);
    const england = scores.byPeriod['2026-Q1']?.national.populationWeighted ?? 0;
    for (const row of rows) {
      expect(row.value).toBeGreaterThanOrEqual(0);
      expect(row.vsEngland).toBe(
        Math.abs((row.value ?? 0) - england) > 5
          ? row.value! > england
            ? 'higher'
            : 'lower'
          : 'similar',
      );
    }
  });

  it('is empty for a period with no scores', () => {
    expect(regionRows(scores, '2030-Q1', minimalFeed.geography.regions)).toEqual([]);
  });
});
