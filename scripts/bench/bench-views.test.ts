import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchViews } from './bench-views';

const bundled = fileURLToPath(new URL('../../public/data/feed.json', import.meta.url));

describe('benchViews', () => {
  it('times each interaction on the bundled feed and returns a duration for each', () => {
    const figures = benchViews(bundled, 1, 0);
    expect(Object.keys(figures).sort()).toEqual([
      'borderScoresMs',
      'dividesAnalysisMs',
      'peerGroupsAllMs',
      'profileModelMs',
    ]);
    for (const value of Object.values(figures)) {
      expect(Number.isFinite(value) && value >= 0).toBe(true);
    }
  });
});
