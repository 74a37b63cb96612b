import { describe, expect, it } from 'vitest';
import { changeOverYear } from './change-over-year';
import type { ValuedPoint } from './change-over-year';

const point = (period: string, value: number | null, rebased = false): ValuedPoint => ({
  period,
  value,
  rebased,
});

const full = [
  point('2025-Q1', 50),
  point('2025-Q2', 52),
  point('2025-Q3', 55),
  point('2025-Q4', 56),
  point('2026-Q1', 60),
  point('2026-Q2', 61.5),
];

describe('changeOverYear', () => {
  it.each([
    ['a full series', full, '2026-Q1', { value: 10, rebased: false }],
    ['a full series, later quarter', full, '2026-Q2', { value: 9.5, rebased: false }],
    ['too early for a year before', full, '2025-Q4', null],
    ['the period is not in the series', full, '2026-Q3', null],
    [
      'the year-earlier quarter is missing',
      full.filter((p) => p.period !== '2025-Q1'),
      '2026-Q1',
      null,
    ],
    ['the value now is missing', [point('2025-Q1', 50), point('2026-Q1', null)], '2026-Q1', null],
    ['the value then is missing', [point('2025-Q1', null), point('2026-Q1', 60)], '2026-Q1', null],
    [
      // By position, 2026-Q2 would be compared with 2025-Q1 (four places back): wrong year.
      'a gap elsewhere is ignored',
      full.filter((p) => p.period !== '2025-Q4'),
      '2026-Q2',
      { value: 9.5, rebased: false },
    ],
    [
      'the rebased flag of the earlier point is carried',
      [point('2025-Q2', 40, true), point('2026-Q2', 45)],
      '2026-Q2',
      { value: 5, rebased: true },
    ],
    [
      'the order of points does not matter',
      [point('2026-Q2', 45), point('2025-Q2', 50)],
      '2026-Q2',
      { value: -5, rebased: false },
    ],
    [
      'months go back twelve',
      [point('2025-04', 3), point('2026-04', 7)],
      '2026-04',
      { value: 4, rebased: false },
    ],
    ['a malformed period', full, 'Q1 2026', null],
    ['an empty series', [], '2026-Q1', null],
  ])('%s', (_name, series, period, expected) => {
    expect(changeOverYear(series, period)).toEqual(expected);
  });

  it('keeps no floating-point noise: 0.3 - 0.1 is 0.2', () => {
    expect(changeOverYear([point('2025-Q1', 0.1), point('2026-Q1', 0.3)], '2026-Q1')?.value).toBe(
      0.2,
    );
  });
});
