import { describe, expect, it } from 'vitest';
import {
  formatInteractionTable,
  interactionMet,
  picksAfter,
  summariseInteraction,
} from './interaction-report';

describe('summariseInteraction', () => {
  it.each([
    {
      name: 'no long task in any round',
      samples: [[], [], []],
      expected: { medianLongestMs: 0, worstLongestMs: 0, medianCount: 0, medianBlockingMs: 0 },
    },
    {
      // Longest per round 60, 0, 120 -> median 60; counts 2, 0, 1 -> 1;
      // blocking (10 + 5), 0, 70 -> 15.
      name: 'odd number of rounds',
      samples: [[60, 55], [], [120]],
      expected: { medianLongestMs: 60, worstLongestMs: 120, medianCount: 1, medianBlockingMs: 15 },
    },
    {
      // Longest 51, 80, 0, 200 -> sorted 0, 51, 80, 200 -> (51 + 80) / 2 = 65.5;
      // counts 1, 1, 0, 3 -> 1; blocking 1, 30, 0, 150 + 10 + 1 = 161 -> (1 + 30) / 2 = 15.5.
      name: 'even number of rounds (mean of the middle two)',
      samples: [[51], [80], [], [200, 60, 51]],
      expected: {
        medianLongestMs: 65.5,
        worstLongestMs: 200,
        medianCount: 1,
        medianBlockingMs: 15.5,
      },
    },
  ])('$name', ({ samples, expected }) => {
    expect(summariseInteraction('quarter', samples)).toEqual({
      name: 'quarter',
      rounds: samples.length,
      ...expected,
    });
  });

  it('gives NaN medians and fails the goal when nothing was measured', () => {
    const none = summariseInteraction('metric', []);
    expect(none.medianLongestMs).toBeNaN();
    expect(interactionMet(none)).toBe(false);
  });
});

describe('interactionMet', () => {
  it.each([
    { longest: [[50]], met: true },
    { longest: [[50.1]], met: false },
    { longest: [[], [], [300]], met: true },
    { longest: [[], [300], [300]], met: false },
  ])('$longest -> $met', ({ longest, met }) => {
    expect(interactionMet(summariseInteraction('x', longest))).toBe(met);
  });
});

describe('picksAfter', () => {
  it.each([
    { values: ['a', 'b', 'c', 'd'], current: 'a', rounds: 3, expected: ['b', 'c', 'd'] },
    { values: ['a', 'b', 'c'], current: 'b', rounds: 5, expected: ['a', 'c', 'a', 'c', 'a'] },
    { values: ['a', 'b'], current: 'z', rounds: 2, expected: ['a', 'b'] },
    { values: ['a'], current: 'a', rounds: 3, expected: [] },
  ])('$values after $current, $rounds rounds', ({ values, current, rounds, expected }) => {
    expect(picksAfter(values, current, rounds)).toEqual(expected);
  });
});

describe('formatInteractionTable', () => {
  it('prints one aligned row per interaction, "none" for no long task, MISSED over 50 ms', () => {
    const table = formatInteractionTable([
      summariseInteraction('quarter on /', [[], []]),
      summariseInteraction('metric on /', [[1234.4], [1300, 60]]),
    ]);
    expect(table.split('\n')).toEqual([
      'interaction   rounds  longest (median)  longest (worst)  long tasks (median)  blocking (median)  goal',
      'quarter on /  2       none              none             0                    none               met',
      'metric on /   2       1,267 ms          1,300 ms         1.5                  1,222 ms           MISSED',
    ]);
  });
});
