import { describe, expect, it } from 'vitest';
import type { BorderScore } from './border-scores';
import { borderSummary, connections } from './border-summary';

function border(
  a: string,
  b: string,
  score: number | null,
  same: boolean | null = null,
): BorderScore {
  return {
    a,
    b,
    score,
    liveOnBoth: [],
    exchangeStandards: ['e-rs'],
    platforms: { a: same === null ? null : 'P', b: same === null ? null : same ? 'P' : 'Q', same },
  };
}

describe('borderSummary: hand-computed', () => {
  // Scored borders 0, 40, 50, 60, 70: lower quartile (type 7, h = 4 x 0.25 = 1) = 40, median 50.
  // Best border per system: A 50, B 60, C 70, D 70, E 0 -> only E (0 < 40) is an island.
  const borders = [
    border('A', 'B', 40, true),
    border('A', 'C', 50, false),
    border('B', 'C', 60, true),
    border('C', 'D', 70),
    border('D', 'E', 0),
    border('E', 'F', null),
  ];

  it('names the weakest borders, the quartiles and the islands', () => {
    const summary = borderSummary(borders);
    expect(summary.scored).toBe(5);
    expect(summary.lowerQuartile).toBe(40);
    expect(summary.median).toBe(50);
    expect(summary.weakest.map((b) => `${b.a}-${b.b}`)).toEqual([
      'D-E',
      'A-B',
      'A-C',
      'B-C',
      'C-D',
    ]);
    expect(summary.islands).toEqual([{ code: 'E', borders: 1, best: 0, mean: 0 }]);
    expect([summary.samePlatform, summary.platformKnown]).toEqual([2, 3]);
  });

  it('averages each system over its scored borders', () => {
    // C: 50, 60, 70 -> best 70, mean 60
    expect(connections(borders).find((c) => c.code === 'C')).toEqual({
      code: 'C',
      borders: 3,
      best: 70,
      mean: 60,
    });
  });

  it('has no islands when every border scores the same (ties are not weaker)', () => {
    const summary = borderSummary([border('A', 'B', 25), border('B', 'C', 25)]);
    expect(summary.islands).toEqual([]);
    expect(summary.weakest.map((b) => b.a)).toEqual(['A', 'B']);
  });

  it('is empty without scored borders', () => {
    expect(borderSummary([border('A', 'B', null)])).toMatchObject({
      scored: 0,
      lowerQuartile: null,
      weakest: [],
      islands: [],
    });
  });
});
