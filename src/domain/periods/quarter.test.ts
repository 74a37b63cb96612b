import { describe, expect, it } from 'vitest';
import {
  formatQuarter,
  parseQuarter,
  quarterBounds,
  quarterFromOrdinal,
  quarterIndex,
  quarterOrdinal,
  quarterRange,
  shiftQuarter,
  shortQuarterLabel,
} from './quarter';

describe('parseQuarter', () => {
  it.each([
    ['2026-Q1', { kind: 'quarter', year: 2026, quarter: 1 }],
    ['1999-Q4', { kind: 'quarter', year: 1999, quarter: 4 }],
  ])('%s', (id, expected) => {
    expect(parseQuarter(id)).toEqual(expected);
  });

  it.each([
    '2026-Q5',
    '2026-Q0',
    '26-Q1',
    '2026Q1',
    '',
    '2026-q1',
    ' 2026-Q1',
    '2026-Q1 ',
    '2026-04',
    'Q1-2026',
  ])('%j is not a quarter', (bad) => {
    expect(parseQuarter(bad)).toBeNull();
    expect(quarterIndex(bad)).toBeNull();
    expect(quarterBounds(bad)).toBeNull();
  });
});

describe('quarterIndex', () => {
  // 2025 * 4 + 4 - 1 = 8103, so 2026-Q1 is 8104 and 2026-Q4 is 8107.
  it.each([
    ['2025-Q4', 8103],
    ['2026-Q1', 8104],
    ['2026-Q4', 8107],
    ['0000-Q1', 0],
  ])('%s is %i', (id, expected) => {
    expect(quarterIndex(id)).toBe(expected);
  });

  it.each([0, 1, 8103, 8104, -1, -5])('ordinal %i round-trips', (ordinal) => {
    expect(quarterOrdinal(quarterFromOrdinal(ordinal))).toBe(ordinal);
  });
});

describe('shiftQuarter', () => {
  it.each([
    ['2024-Q4', 1, { year: 2025, quarter: 1 }],
    ['2026-Q1', -4, { year: 2025, quarter: 1 }],
    ['2026-Q1', -1, { year: 2025, quarter: 4 }],
    ['2026-Q3', 0, { year: 2026, quarter: 3 }],
    ['2026-Q3', 6, { year: 2028, quarter: 1 }],
    ['2026-Q2', -9, { year: 2024, quarter: 1 }],
  ])('%s shifted by %i', (id, by, expected) => {
    expect(shiftQuarter(parseQuarter(id)!, by)).toEqual({ kind: 'quarter', ...expected });
  });
});

describe('quarterBounds', () => {
  it.each([
    ['2024-Q1', { start: '2024-01-01', end: '2024-03-31' }],
    ['2026-Q2', { start: '2026-04-01', end: '2026-06-30' }],
    ['2025-Q3', { start: '2025-07-01', end: '2025-09-30' }],
    ['1999-Q4', { start: '1999-10-01', end: '1999-12-31' }],
    // A leap year moves no quarter boundary: February sits inside Q1.
    ['2028-Q1', { start: '2028-01-01', end: '2028-03-31' }],
    ['2100-Q1', { start: '2100-01-01', end: '2100-03-31' }],
  ])('%s runs from start to end', (period, expected) => {
    expect(quarterBounds(period)).toEqual(expected);
  });
});

describe('labels', () => {
  it.each([
    ['2026-Q1', 'January to March 2026', 'Jan–Mar 2026'],
    ['2026-Q2', 'April to June 2026', 'Apr–Jun 2026'],
    ['2025-Q3', 'July to September 2025', 'Jul–Sep 2025'],
    ['2024-Q4', 'October to December 2024', 'Oct–Dec 2024'],
    ['nonsense', 'nonsense', 'nonsense'],
  ])('%s reads %s, or %s on an axis', (period, long, short) => {
    expect(formatQuarter(period)).toBe(long);
    expect(shortQuarterLabel(period)).toBe(short);
  });
});

describe('quarterRange', () => {
  it.each([
    ['2025-Q3', '2026-Q2', ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']],
    ['2026-Q1', '2026-Q1', ['2026-Q1']],
    ['2026-Q2', '2026-Q1', []],
    ['2026-13', '2026-Q1', []],
  ])('%s to %s', (first, last, expected) => {
    expect(quarterRange(first, last)).toEqual(expected);
  });
});
