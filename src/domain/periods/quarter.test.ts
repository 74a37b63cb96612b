import { describe, expect, it } from 'vitest';
import { formatQuarter, quarterBounds } from './quarter';

describe('quarterBounds', () => {
  it.each([
    ['2024-Q1', { start: '2024-01-01', end: '2024-03-31' }],
    ['2026-Q2', { start: '2026-04-01', end: '2026-06-30' }],
    ['2025-Q3', { start: '2025-07-01', end: '2025-09-30' }],
    ['1999-Q4', { start: '1999-10-01', end: '1999-12-31' }],
  ])('%s runs from start to end', (period, expected) => {
    expect(quarterBounds(period)).toEqual(expected);
  });

  it.each(['2026-Q5', '2026-Q0', '26-Q1', '2026Q1', '', '2026-q1'])(
    '%j is not a quarter',
    (bad) => {
      expect(quarterBounds(bad)).toBeNull();
    },
  );
});

describe('formatQuarter', () => {
  it.each([
    ['2026-Q2', 'April to June 2026'],
    ['2024-Q4', 'October to December 2024'],
    ['nonsense', 'nonsense'],
  ])('%s reads %s', (period, expected) => {
    expect(formatQuarter(period)).toBe(expected);
  });
});
