import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { theilSen } from './theil-sen';

const line = (ys: number[]) => ys.map((y, x) => ({ x, y }));

describe('theilSen: hand-computed', () => {
  it('ignores one outlier', () => {
    // (0,0) (1,1) (2,2) (3,3) (4,10). Pairwise slopes: 1 1 1 2.5 1 1 3 1 4 7 -> sorted
    // 1 1 1 1 1 1 2.5 3 4 7; median of 10 = mean of 5th and 6th = 1.
    // Sen's interval, n = 5: N = 10, Var(S) = 5 x 4 x 15 / 18 = 16.67, C = 1.96 x 4.08 = 8.0;
    // M1 = (10 - 8.0) / 2 = 0.9992 -> rank 1 -> 1; M2 + 1 = 10.0008 -> rank 10 -> 7.
    expect(theilSen(line([0, 1, 2, 3, 10]))).toEqual({ slope: 1, low: 1, high: 7, n: 5 });
  });

  it('takes the median of an even number of slopes as the mean of the middle two', () => {
    // (0,0) (1,2) (2,2): slopes 2, 1, 0 -> median 1 (odd count); add (3,3): slopes
    // 2 1 1 0 0.5 1 -> sorted 0 0.5 1 1 1 2 -> median (1 + 1) / 2 = 1
    expect(theilSen(line([0, 2, 2]))?.slope).toBe(1);
    expect(theilSen(line([0, 2, 2, 3]))?.slope).toBe(1);
  });

  it('cannot bound the slope with 4 points (M1 rounds to 0)', () => {
    // n = 4: N = 6, Var(S) = 4 x 3 x 13 / 18 = 8.67, C = 5.77, M1 = 0.11 -> rank 0
    const fit = theilSen(line([1, 2, 3, 4]));
    expect(fit).toEqual({ slope: 1, low: null, high: null, n: 4 });
  });

  it('handles ties in y (a flat series has slope 0)', () => {
    expect(theilSen(line([5, 5, 5, 5, 5]))).toEqual({ slope: 0, low: 0, high: 0, n: 5 });
  });

  it.each([
    ['no points', []],
    ['one point', [{ x: 1, y: 2 }]],
    [
      'the same x twice',
      [
        { x: 1, y: 2 },
        { x: 1, y: 5 },
      ],
    ],
  ])('gives no slope for %s', (_, points) => {
    expect(theilSen(points)).toBeNull();
  });

  it('skips non-finite values', () => {
    expect(theilSen([...line([0, 1, 2]), { x: 3, y: Number.NaN }])?.n).toBe(3);
  });
});

describe('theilSen (properties)', () => {
  const ys = fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 12 });
  it('moves with a shift in y only by nothing, and low <= slope <= high', () => {
    fc.assert(
      fc.property(ys, fc.integer({ min: -50, max: 50 }), (values, shift) => {
        const fit = theilSen(line(values))!;
        expect(theilSen(line(values.map((v) => v + shift)))?.slope).toBeCloseTo(fit.slope, 9);
        if (fit.low !== null) expect(fit.low).toBeLessThanOrEqual(fit.slope);
        if (fit.high !== null) expect(fit.high).toBeGreaterThanOrEqual(fit.slope);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
