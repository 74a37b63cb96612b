import { describe, expect, it } from 'vitest';
import { EMPTY_AGGREGATE, aggregateScores, quantileSorted } from './aggregate';

describe('quantileSorted (type 7, linear interpolation)', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.25, 7],
    [[1, 3], 0.5, 2], // h = 0.5: 1 + 0.5 x 2
    [[1, 2, 3, 4], 0.25, 1.75], // h = 3 x 0.25 = 0.75: 1 + 0.75 x 1
    [[1, 2, 3, 4], 0.75, 3.25], // h = 2.25: 3 + 0.25 x 1
    [[10, 20, 30, 40, 50], 0.5, 30],
    [[10, 20, 30, 40, 50], 0, 10],
    [[10, 20, 30, 40, 50], 1, 50],
  ])('%j at p=%s is %s', (values, p, expected) => {
    expect(quantileSorted(values, p)).toBe(expected);
  });
});

describe('aggregateScores', () => {
  it('weights the mean by population and leaves quartiles unweighted', () => {
    // mean: (1 x 40 + 3 x 80) / 4 = 280 / 4 = 70; median of {40, 80} = 60
    expect(aggregateScores([40, 80], [1, 3])).toEqual({
      populationWeighted: 70,
      median: 60,
      q1: 50,
      q3: 70,
      min: 40,
      max: 80,
      count: 2,
    });
  });

  it('skips missing values instead of counting them as zero', () => {
    expect(aggregateScores([null, 50, null], [10, 2, 30])).toEqual({
      populationWeighted: 50,
      median: 50,
      q1: 50,
      q3: 50,
      min: 50,
      max: 50,
      count: 1,
    });
  });

  it('is empty with no values, or only missing ones', () => {
    expect(aggregateScores([], [])).toEqual(EMPTY_AGGREGATE);
    expect(aggregateScores([null, null], [1, 2])).toEqual(EMPTY_AGGREGATE);
  });
});
