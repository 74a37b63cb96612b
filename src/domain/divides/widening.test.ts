import { describe, expect, it } from 'vitest';
import {
  FIVE_QUARTERS,
  OVERALL,
  fourSystemsScored,
} from '../../testing/fixtures/domain/divides-test-data';
import { dispersionSeries, divideTrend, rankDivides } from './widening';
import type { DispersionPoint } from './widening';

function points(iqrs: (number | null)[], ginis: (number | null)[]): DispersionPoint[] {
  return iqrs.map((iqr, i) => ({
    period: FIVE_QUARTERS[i]!,
    count: 4,
    min: 0,
    max: 100,
    range: 100,
    lowerQuartile: null,
    median: null,
    upperQuartile: null,
    iqr,
    gini: ginis[i] ?? null,
    cv: null,
  }));
}

describe('dispersionSeries and divideTrend: hand-computed', () => {
  it('the four systems: IQR 15, 16.75, 18.5, 20.25, 22 -> widening by 7 points a year', () => {
    // 2025-Q1 50 60 70 80: q1 50 + 0.75 x 10 = 57.5, q3 70 + 0.25 x 10 = 72.5 -> 15
    // 2025-Q2 48 60 71 82: q1 48 + 0.75 x 12 = 57, q3 71 + 0.25 x 11 = 73.75 -> 16.75
    // ... 2026-Q1 42 60 74 88: q1 42 + 0.75 x 18 = 55.5, q3 74 + 0.25 x 14 = 77.5 -> 22
    const series = dispersionSeries(fourSystemsScored().scores, OVERALL, FIVE_QUARTERS);
    expect(series.map((p) => p.iqr)).toEqual([15, 16.75, 18.5, 20.25, 22]);
    const trend = divideTrend(OVERALL, series);
    // 1.75 a quarter = 7 a year, every pairwise slope the same, so the interval is 7 to 7
    expect(trend.iqrTrend.slopePerYear).toBeCloseTo(7, 9);
    expect(trend.verdict).toBe('widening');
    expect(trend.first).toEqual({ period: '2025-Q1', iqr: 15 });
    expect(trend.last).toEqual({ period: '2026-Q1', iqr: 22 });
  });

  it.each([
    // Gini up by 0.02 a quarter (0.08 a year) while the IQR is flat: widening (the "or")
    ['Gini rising', [10, 10, 10, 10, 10], [0.1, 0.12, 0.14, 0.16, 0.18], 'widening'],
    ['IQR falling, Gini flat', [20, 18, 16, 14, 12], [0.1, 0.1, 0.1, 0.1, 0.1], 'narrowing'],
    // the gap grows 2 a quarter but not clearly (noisy) while the Gini falls: not "narrowing"
    ['IQR noisy up, Gini down', [10, 30, 12, 32, 14], [0.5, 0.4, 0.3, 0.2, 0.1], 'no clear change'],
    ['steady', [10, 10, 10, 10, 10], [0.1, 0.1, 0.1, 0.1, 0.1], 'no clear change'],
    ['four quarters', [10, 12, 14, 16], [0.1, 0.12, 0.14, 0.16], 'too few quarters'],
  ] as const)('%s -> %s', (_, iqrs, ginis, verdict) => {
    expect(divideTrend(OVERALL, points([...iqrs], [...ginis])).verdict).toBe(verdict);
  });

  it('uses only the quarters up to the one viewed', () => {
    const { feed, scores } = fourSystemsScored();
    expect(rankDivides(feed, scores, '2026-Q1')[0]?.verdict).toBe('widening');
    expect(rankDivides(feed, scores, '2025-Q4')[0]?.verdict).toBe('too few quarters');
  });
});
