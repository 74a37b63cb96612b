import { describe, expect, it } from 'vitest';
import { trendTest } from './trend-test';

const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
const series = (values: (number | null)[]) =>
  values.map((value, i) => ({ period: QUARTERS[i]!, value }));

describe('trendTest', () => {
  it.each([
    // +1 a quarter = 4 a year; every pairwise slope is 1, so the interval is 4 to 4
    ['up', [10, 11, 12, 13, 14], 'up', 4],
    ['down', [14, 13, 12, 11, 10], 'down', -4],
    // +0.1 a quarter = 0.4 a year: steady but below the 1-a-year threshold
    ['too small', [10, 10.1, 10.2, 10.3, 10.4], 'flat', 0.4],
    // one step up: slopes 0 0 5/3 5/4 0 5/2 5/3 5 5/2 0 -> sorted 0 0 0 0 1.25 1.67 1.67 2.5 2.5 5;
    // median (1.25 + 5/3) / 2 = 35/24 a quarter = 35/6 a year, but the interval starts at 0: flat
    ['one jump', [10, 10, 10, 15, 15], 'flat', 35 / 6],
  ] as const)('%s', (_, values, direction, perYear) => {
    const result = trendTest(series([...values]), 1);
    expect(result.direction).toBe(direction);
    expect(result.slopePerYear).toBeCloseTo(perYear, 9);
  });

  it('needs 5 quarters with a value; a missing quarter does not count', () => {
    expect(trendTest(series([10, 11, 12, 13]), 1).direction).toBeNull();
    const gap = trendTest(series([10, 11, null, 13, 14]), 1);
    expect(gap.n).toBe(4);
    expect(gap.direction).toBeNull();
    // with the gap, slopes are still 1 a quarter: the quarter number line keeps its spacing
    expect(gap.slopePerYear).toBeCloseTo(4, 9);
  });

  it('calls nothing a trend when the interval includes zero', () => {
    // 10 12 9 13 10: slopes 2 -0.5 1 0 -3 0.5 -2/3 4 0.5 -3 -> sorted -3 -3 -2/3 -0.5 0 0.5 0.5 1 2 4;
    // median (0 + 0.5) / 2 = 0.25 a quarter = 1 a year; interval ranks 1 and 10: -3 to 4 a quarter
    const result = trendTest(series([10, 12, 9, 13, 10]), 1);
    expect(result.slopePerYear).toBeCloseTo(1, 9);
    expect([result.lowPerYear, result.highPerYear]).toEqual([-12, 16]);
    expect(result.direction).toBe('flat');
  });
});
