import { describe, expect, it } from 'vitest';
import { SIMILAR_WITHIN_POINTS, compareScore } from './compare';

describe('compareScore', () => {
  it('uses a 5-point margin', () => {
    expect(SIMILAR_WITHIN_POINTS).toBe(5);
  });

  it.each([
    [70, 64.9, 'higher'], // 5.1 points above
    [70, 65, 'similar'], // exactly 5: similar
    [70.1, 65.1, 'similar'], // 5 in decimal, 5.000000000000007 in floating point
    [65, 65, 'similar'],
    [60, 65, 'similar'],
    [59.9, 65, 'lower'],
    [0, 100, 'lower'],
    [100, 0, 'higher'],
  ])('%s against %s is %s', (value, reference, expected) => {
    expect(compareScore(value, reference)).toBe(expected);
  });

  it.each([
    [null, 50],
    [50, null],
    [null, null],
    [Number.NaN, 50],
  ])('gives no label when a value is missing (%s against %s)', (value, reference) => {
    expect(compareScore(value, reference)).toBeNull();
  });
});
