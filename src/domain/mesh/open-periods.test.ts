import { describe, expect, it } from 'vitest';
import { periodId } from '../periods/period';
import type { PeriodKind } from '../periods/period';
import { openRange, periodOfDate } from './open-periods';

const ids = (range: ReturnType<typeof openRange>) =>
  range && [periodId(range.first), periodId(range.last)];

describe('openRange', () => {
  it.each<[string, PeriodKind, string[], string | null, string[] | null]>([
    [
      'quarters as listed, any order',
      'quarter',
      ['2025-Q3', '2024-Q1'],
      null,
      ['2024-Q1', '2025-Q3'],
    ],
    ['months of the open quarters', 'month', ['2024-Q1', '2026-Q3'], null, ['2024-01', '2026-09']],
    // 2023/24 ends 2024-03-31 inside the window; 2026/27 ends 2027-03-31 after it.
    [
      'years that end inside',
      'financial-year',
      ['2024-Q1', '2026-Q3'],
      null,
      ['2023/24', '2025/26'],
    ],
    ['a window no year ends in', 'financial-year', ['2026-Q3'], null, null],
    [
      'cut at the quarter the systems ended',
      'month',
      ['2024-Q1', '2024-Q4', '2025-Q1', '2026-Q3'],
      '2025-Q1',
      ['2024-01', '2025-03'],
    ],
    ['no quarters', 'month', [], null, null],
    ['no quarter among the ids', 'month', ['2025-08', 'soon'], null, null],
  ])('%s', (_name, kind, quarters, until, expected) => {
    expect(ids(openRange(kind, quarters, until))).toEqual(expected);
  });
});

describe('periodOfDate', () => {
  it.each<[string, PeriodKind, string]>([
    ['2026-03-31', 'financial-year', '2025/26'],
    ['2026-04-01', 'financial-year', '2026/27'],
    ['2026-12-06', 'month', '2026-12'],
    ['2026-12-06T23:59:59Z', 'quarter', '2026-Q4'],
  ])('%s in %s is %s', (date, kind, expected) => {
    expect(periodId(periodOfDate(date, kind))).toBe(expected);
  });
});
