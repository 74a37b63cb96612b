import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedValue, valueAgrees, valueTolerance, writtenDecimals } from './measure-value';

describe('writtenDecimals', () => {
  it.each([
    [0.667, 3],
    [312, 0],
    [0.5, 1],
    [1.5e-7, 8],
    [1e21, 0],
    [-2.25, 2],
    [Number.NaN, 0],
  ])('%d has %d', (value, decimals) => {
    expect(writtenDecimals(value)).toBe(decimals);
  });
});

// Each expected value and tolerance worked by hand.
describe('valueAgrees', () => {
  it.each<[string, number, number, boolean]>([
    // 2/3 = 0.666667; |0.667 - 0.666667| = 0.000333 <= half of 0.001 = 0.0005
    ['2/3 published as 0.667', 0.667, 2 / 3, true],
    // 0.67 is 2/3 to a whole percent: 0.003333 <= min(0.005, 1% of 0.6667 = 0.006667)
    ['2/3 published as 0.67', 0.67, 2 / 3, true],
    // 0.6667: 0.0000333 <= 0.00005
    ['2/3 published as 0.6667', 0.6667, 2 / 3, true],
    // 0.66 is 2/3 truncated: 0.006667 > 0.005
    ['2/3 truncated to 0.66', 0.66, 2 / 3, false],
    // A rate per 1,000 of 312.4 published as 312: 0.4 <= min(0.5, 3.124)
    ['312.4 per 1,000 published as 312', 312, 312.4, true],
    ['312.6 per 1,000 published as 312', 312, 312.6, false],
    // A share of 0.6 published as 1: half a unit is 0.5 but 1% of 0.6 is 0.006
    ['a share of 0.6 published as 1', 1, 0.6, false],
    ['a share of 0.3 published as 0', 0, 0.3, false],
    // Rate 3 published as 3.002: tolerance max(0.0015, min(0.0005, 0.03)) = 0.0015
    ['3 published as 3.002', 3.002, 3, false],
    ['3 published as 3.0014', 3.0014, 3, true],
    // A count must be its numerator: 98000 vs 98765, tolerance 49.3825
    ['a count off by 765', 98000, 98765, false],
    // Zero: 1% of 0 is 0, so only the millionth remains
    ['0 published as 0.01', 0.01, 0, false],
    ['0 published as 0', 0, 0, true],
    // A share published as a percentage: 75 vs 0.75
    ['0.75 published as 75', 75, 0.75, false],
  ])('%s: %s', (_name, value, expected, agrees) => {
    expect(valueAgrees(value, expected)).toBe(agrees);
  });

  it.each([
    [3, undefined, 0.0015],
    [3, 3.002, 0.0015],
    [312.4, 312, 0.5],
    [0, 0.01, 1e-6],
  ])('tolerance for %d published as %s is %d', (expected, published, tolerance) => {
    expect(valueTolerance(expected, published)).toBeCloseTo(tolerance, 12);
  });

  it('accepts a share rounded to 2 to 6 decimals where half a unit is within 1% of it, and never a tenfold value (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 6 }),
        (a, b, decimals) => {
          const [numerator, denominator] = a <= b ? [a, b] : [b, a];
          const expected = expectedValue({ kind: 'share', scale: 1 }, numerator, denominator);
          const rounded = Number(expected.toFixed(decimals));
          // Rounding moves a value by up to half a unit of the last decimal; acceptance is
          // promised where that is within 1% of the value (0.5 at 2 decimals, 0.05 at 3...).
          const promised = 0.5 * 10 ** -decimals <= 0.01 * expected;
          return (
            (!promised || valueAgrees(rounded, expected)) && !valueAgrees(expected * 10, expected)
          );
        },
      ),
      { seed: 20261206, numRuns: 500 },
    );
  });
});
