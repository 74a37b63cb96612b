import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import {
  OVERALL,
  fourSystemsScored,
  testFeed,
  testScores,
} from '../../testing/fixtures/domain/divides-test-data';
import type { TestSystem } from '../../testing/fixtures/domain/divides-test-data';
import { fallingBehind } from './falling-behind';

const Q = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];

function run(systems: TestSystem[], periods = Q, period = periods.at(-1)!) {
  return fallingBehind(testFeed(periods, systems), testScores(periods, systems), OVERALL, period);
}

const sys = (code: string, values: (number | null)[]): TestSystem => ({
  code,
  region: 'R1',
  population: 1,
  values,
});

describe('fallingBehind: hand-computed', () => {
  // Medians (of 5): 70, 72, 74, 76. A's gap: 20, 24, 27, 30 (grows 3 times). B's: 10, 11, 14,
  // 13 (shrinks in the last quarter). 2025-Q4 lower quartile of 46 63 76 86 96 (type 7, h = 1) = 63,
  // so A and B (63, a tie with the quartile) are in the bottom quarter; only A qualifies.
  const systems = [
    sys('A', [50, 48, 47, 46]),
    sys('B', [60, 61, 60, 63]),
    sys('C', [70, 72, 74, 76]),
    sys('D', [80, 82, 84, 86]),
    sys('E', [90, 92, 94, 96]),
  ];

  it('finds a bottom-quarter system whose gap grew three quarters running', () => {
    expect(run(systems)).toEqual([
      {
        code: 'A',
        value: 46,
        gaps: [
          { period: '2025-Q1', gap: 20, rebased: false },
          { period: '2025-Q2', gap: 24, rebased: false },
          { period: '2025-Q3', gap: 27, rebased: false },
          { period: '2025-Q4', gap: 30, rebased: false },
        ],
        growth: 10,
      },
    ]);
  });

  it('needs the gap to grow every time: an equal gap is not growth', () => {
    // A's gap 20, 24, 24, 30: it did not grow from 2025-Q2 to 2025-Q3
    const flat = systems.map((s) => (s.code === 'A' ? sys('A', [50, 48, 50, 46]) : s));
    expect(run(flat)).toEqual([]);
  });

  it('skips a system with a missing quarter in the run (missing is not zero)', () => {
    const gap = systems.map((s) => (s.code === 'A' ? sys('A', [50, null, 47, 46]) : s));
    expect(run(gap)).toEqual([]);
  });

  it('needs four quarters of history', () => {
    expect(run(systems, Q.slice(0, 3))).toEqual([]);
  });

  it('looks at the quarters up to the one viewed', () => {
    // viewed in 2026-Q1, the run is 2025-Q2 .. 2026-Q1 (A: 48 46 44 42); viewed in 2025-Q3 there
    // are only three quarters of history
    const { feed, scores } = fourSystemsScored();
    const found = fallingBehind(feed, scores, OVERALL, '2026-Q1');
    // medians: 2025-Q2 (60 + 71)/2 = 65.5, then 66, 66.5, 67; A's gap 17.5 20 22.5 25 -> growth 7.5
    expect(found.map((f) => [f.code, f.growth])).toEqual([['A', 7.5]]);
    expect(fallingBehind(feed, scores, OVERALL, '2025-Q3')).toEqual([]);
  });

  it('finds nothing with one system (it is its own median) or none', () => {
    expect(run([sys('A', [50, 40, 30, 20])])).toEqual([]);
    expect(run([])).toEqual([]);
  });

  it('runs on the minimal feed without history enough to judge', () => {
    const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));
    expect(fallingBehind(minimalFeed, scores, OVERALL, '2026-Q2')).toEqual([]);
  });
});
