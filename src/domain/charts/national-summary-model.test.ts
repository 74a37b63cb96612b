import { describe, expect, it } from 'vitest';
import type { AggregateScore, FeedScores, PeriodScores } from '../scoring/score-feed';
import { countBelow, describeSpreadChange, spreadChange } from './national-summary-model';

function aggregate(q1: number | null, q3: number | null): AggregateScore {
  return { populationWeighted: null, median: null, q1, q3, min: null, max: null, count: 0 };
}

function period(
  id: string,
  q1: number | null,
  q3: number | null,
  overalls: (number | null)[] = [],
): PeriodScores {
  return {
    period: id,
    systems: overalls.map((overall, index) => ({
      code: `S${index}`,
      regionCode: 'R',
      population: 1,
      overall,
      completeness: 1,
      lowConfidence: false,
      categories: {},
      standards: {},
    })),
    national: aggregate(q1, q3),
    regions: {},
    categoriesNational: {},
  };
}

const scores: FeedScores = {
  byPeriod: {
    '2025-Q1': period('2025-Q1', 50, 60),
    '2025-Q2': period('2025-Q2', 50, 61),
    '2025-Q3': period('2025-Q3', 50, 62),
    '2025-Q4': period('2025-Q4', 50, 63),
    '2026-Q1': period('2026-Q1', 52, 66, [40, 59.9, 60, null, 80]),
  },
};

describe('spreadChange', () => {
  it('compares the interquartile gap with the same quarter a year earlier', () => {
    // Now 66 - 52 = 14; a year earlier (2025-Q1) 60 - 50 = 10; widening by 4.
    expect(spreadChange(scores, '2026-Q1')).toEqual({ now: 14, yearEarlier: 10, change: 4 });
  });
  it('has no change without a year of history', () => {
    expect(spreadChange(scores, '2025-Q3')).toEqual({ now: 12, yearEarlier: null, change: null });
  });
  it('is empty for an unknown period', () => {
    expect(spreadChange(scores, '2030-Q1')).toEqual({ now: null, yearEarlier: null, change: null });
  });
});

describe('countBelow', () => {
  it('counts scored systems strictly below the threshold', () => {
    expect(countBelow(scores, '2026-Q1')).toBe(2);
    expect(countBelow(scores, '2026-Q1', 90)).toBe(4);
    expect(countBelow(scores, '2025-Q1')).toBe(0);
  });
});

describe('describeSpreadChange', () => {
  it.each([
    [null, 'not enough history to compare with a year earlier'],
    [0.3, 'about the same as a year earlier'],
    [4, 'widening: 4.0 points wider than a year earlier'],
    [-2.26, 'narrowing: 2.3 points narrower than a year earlier'],
  ])('%s', (change, expected) => {
    expect(describeSpreadChange(change)).toBe(expected);
  });
});
