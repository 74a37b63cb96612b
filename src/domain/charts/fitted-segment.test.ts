import { describe, expect, it } from 'vitest';
import { fittedSegment } from './fitted-segment';

describe('fittedSegment', () => {
  it.each([
    {
      name: 'from the lowest x to the highest, whatever the order',
      xs: [30, 10, 20],
      line: { intercept: 5, slope: 2 },
      // 5 + 2 x 10 = 25; 5 + 2 x 30 = 65
      expected: [
        { x: 10, y: 25 },
        { x: 30, y: 65 },
      ],
    },
    {
      name: 'a falling line',
      xs: [12, 35],
      line: { intercept: 90, slope: -0.5 },
      // 90 - 6 = 84; 90 - 17.5 = 72.5
      expected: [
        { x: 12, y: 84 },
        { x: 35, y: 72.5 },
      ],
    },
    {
      name: 'every dot at one x: a point-long segment',
      xs: [4, 4],
      line: { intercept: 1, slope: 3 },
      expected: [
        { x: 4, y: 13 },
        { x: 4, y: 13 },
      ],
    },
    { name: 'no line', xs: [1, 2, 3], line: null, expected: null },
    { name: 'one dot', xs: [7], line: { intercept: 0, slope: 1 }, expected: null },
    { name: 'no dots', xs: [], line: { intercept: 0, slope: 1 }, expected: null },
  ])('$name', ({ xs, line, expected }) => {
    expect(fittedSegment(xs, line)).toEqual(expected);
  });
});
