import { expect, it } from 'vitest';
import { formatChange, formatPercent, formatPopulation } from './format-number';

it.each([
  [4.24, '+4.2 points'],
  [-1, '−1.0 points'],
  [0.04, 'No change'],
  [-0.04, 'No change'],
  [null, 'Not enough data'],
  [Number.NaN, 'Not enough data'],
])('formatChange(%s) is %s', (points, expected) => {
  expect(formatChange(points)).toBe(expected);
});

it('formats populations and shares the British way', () => {
  expect(formatPopulation(2518617)).toBe('2,518,617');
  expect(formatPercent(0.571218)).toBe('57%');
});
