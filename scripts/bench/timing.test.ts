import { describe, expect, it } from 'vitest';
import { median, medians, sample } from './timing';

describe('median', () => {
  it.each<[string, number[], number]>([
    ['an odd count', [5, 1, 3], 3],
    ['an even count (mean of the middle two)', [4, 1, 3, 2], 2.5],
    ['one value', [7], 7],
    ['none', [], Number.NaN],
  ])('%s', (_name, values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('sample', () => {
  it('runs the warm-ups unrecorded, then records each run', () => {
    let calls = 0;
    const samples = sample(3, 2, () => ({ call: ++calls }));
    expect(samples).toEqual([{ call: 3 }, { call: 4 }, { call: 5 }]);
    expect(medians(samples)).toEqual({ call: 4 });
  });
});
