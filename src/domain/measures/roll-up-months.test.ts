import { describe, expect, it } from 'vitest';
import { rollUpMonths } from './roll-up-months';

const rate = { kind: 'rate', scale: 1000 } as const;
const count = { kind: 'count', scale: 1 } as const;
const share = { kind: 'share', scale: 1 } as const;

describe('rollUpMonths', () => {
  it.each([
    [
      'a count is the sum of its three months',
      count,
      [
        { period: '2025-07', numerator: 10 },
        { period: '2025-08', numerator: 20 },
        { period: '2025-09', numerator: 30 },
      ],
      [{ period: '2025-Q3', numerator: 60, value: 60 }],
    ],
    [
      // (1 + 2 + 3) / (1000 + 2000 + 3000) x 1000 = 1, where the mean of the monthly rates is 1 too;
      // (1 + 1 + 10) / (1000 + 1000 + 2000) x 1000 = 3, not the mean of 1, 1 and 5
      'a rate is recomputed from summed numerators and denominators',
      rate,
      [
        { period: '2026-01', numerator: 1, denominator: 1000 },
        { period: '2026-02', numerator: 1, denominator: 1000 },
        { period: '2026-03', numerator: 10, denominator: 2000 },
      ],
      [{ period: '2026-Q1', numerator: 12, denominator: 4000, value: 3 }],
    ],
    [
      'a quarter with two months is not rolled up',
      share,
      [
        { period: '2025-10', numerator: 1, denominator: 2 },
        { period: '2025-11', numerator: 1, denominator: 2 },
      ],
      [],
    ],
    [
      'a share with a month lacking its denominator is not rolled up; quarters come in order',
      share,
      [
        { period: '2025-12', numerator: 1 },
        { period: '2025-10', numerator: 1, denominator: 4 },
        { period: '2025-11', numerator: 1, denominator: 4 },
        { period: '2025-04', numerator: 1, denominator: 4 },
        { period: '2025-05', numerator: 1, denominator: 4 },
        { period: '2025-06', numerator: 2, denominator: 4 },
      ],
      [{ period: '2025-Q2', numerator: 4, denominator: 12, value: 4 / 12 }],
    ],
    [
      'nothing from nothing, and quarters and years are not months',
      count,
      [{ period: '2025-Q3', numerator: 5 }],
      [],
    ],
  ])('%s', (_name, measure, rows, expected) => {
    expect(rollUpMonths(measure, rows)).toEqual(expected);
  });
});
