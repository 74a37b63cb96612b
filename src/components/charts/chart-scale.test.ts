import { describe, expect, it } from 'vitest';
import { FULL_SCALE, scalePosition, scoreScale } from './chart-scale';

describe('scoreScale', () => {
  it.each([
    ['no values', [], FULL_SCALE],
    ['a low value: the full scale', [8, 90], FULL_SCALE],
    // Lowest 12: 12 - 5 = 7, floor to 0.
    ['lowest 12', [12, 40], FULL_SCALE],
    // Lowest 42: 42 - 5 = 37, floor to 30.
    ['lowest 42', [42, null, 95], { low: 30, high: 100, ticks: [30, 40, 50, 60, 70, 80, 90, 100] }],
    // Lowest 97 would start at 90: capped at 50.
    [
      'all very high: capped at 50',
      [97, 99],
      { low: 50, high: 100, ticks: [50, 60, 70, 80, 90, 100] },
    ],
  ])('%s', (_label, values, expected) => {
    expect(scoreScale(values)).toEqual(expected);
  });
});

describe('scalePosition', () => {
  it.each([
    [50, FULL_SCALE, '50%'],
    // (75 - 50) / 50 = 50%.
    [75, { low: 50, high: 100, ticks: [] }, '50%'],
    [40, { low: 50, high: 100, ticks: [] }, '0%'],
    [120, FULL_SCALE, '100%'],
  ])('%s', (value, scale, expected) => {
    expect(scalePosition(value, scale)).toBe(expected);
  });
});
