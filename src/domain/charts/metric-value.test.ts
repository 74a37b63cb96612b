import { describe, expect, it } from 'vitest';
import { rankValues } from './metric-value';

describe('rankValues', () => {
  it.each([
    ['empty', [], {}],
    [
      'distinct',
      [
        { code: 'A', value: 10 },
        { code: 'B', value: 30 },
      ],
      { B: 1, A: 2 },
    ],
    [
      'ties share the best rank',
      [
        { code: 'A', value: 50 },
        { code: 'B', value: 70 },
        { code: 'C', value: 70 },
        { code: 'D', value: 20 },
      ],
      { B: 1, C: 1, A: 3, D: 4 },
    ],
    [
      'nulls are unranked',
      [
        { code: 'A', value: null },
        { code: 'B', value: 5 },
      ],
      { B: 1 },
    ],
  ])('%s', (_label, entries, expected) => {
    expect(rankValues(entries)).toEqual(expected);
  });
});
