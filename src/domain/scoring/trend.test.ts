import { describe, expect, it } from 'vitest';
import { MIN_PERIODS_FOR_TREND, trendOf } from './trend';
import type { SeriesPoint } from './trend';
import { quarterRange } from '../periods/quarter';

const QUARTERS = quarterRange('2024-Q1', '2026-Q3');

/** The values as the latest quarters of QUARTERS. */
function series(values: readonly (number | null)[], rebased = false): SeriesPoint[] {
  const periods = QUARTERS.slice(QUARTERS.length - values.length);
  return values.map((value, i) => ({ period: periods[i]!, value, rebased }));
}

describe('trendOf: the words', () => {
  it.each<[string, (number | null)[], ReturnType<typeof trendOf>['word']]>([
    ['no points', [], null],
    ['4 points, however clear', [10, 20, 30, 40], null],
    ['5 quarters but only 4 with a value', [10, 20, null, 30, 40], null],
    ['clearly rising (2 points a quarter)', [10, 12, 14, 16, 18], 'improving'],
    ['clearly falling', [60, 57, 55, 51, 50, 46], 'worsening'],
    ['flat', [50, 50, 50, 50, 50, 50], 'no clear change'],
    ['noisy around a level', [50, 53, 48, 52, 49, 51, 50, 52], 'no clear change'],
    ['steady but tiny (0.4 a year)', [50, 50.1, 50.2, 50.3, 50.4], 'no clear change'],
    ['rising with a gap', [10, 14, null, 22, 26, 30], 'improving'],
  ])('%s -> %s', (_name, values, word) => {
    expect(trendOf(series(values)).word).toBe(word);
  });

  it(`needs ${MIN_PERIODS_FOR_TREND} points`, () => {
    expect(MIN_PERIODS_FOR_TREND).toBe(5);
    expect(trendOf(series([10, 20, 30, 40])).reason).toBe(
      'Too few quarters for a trend: 4 with a value in the last 8, and at least 5 are needed.',
    );
  });

  it('says how fast and how sure, in points a year', () => {
    // 2 points a quarter exactly: 8 a year, zero-width interval.
    expect(trendOf(series([10, 12, 14, 16, 18])).reason).toBe(
      'Rising by 8.0 points a year over the last 5 quarters (95% confidence interval 8.0 to 8.0).',
    );
  });

  it('judges only the last 8 quarters', () => {
    // A steep rise three years ago, flat since: no clear change now.
    const values = [0, 20, 40, 60, 80, 80, 80, 80, 80, 80, 80];
    expect(trendOf(series(values)).word).toBe('no clear change');
  });

  it('says when earlier values were rebased across a geography change', () => {
    const points = series([10, 12, 14, 16, 18]).map((p, i) => ({ ...p, rebased: i < 2 }));
    expect(trendOf(points).reason).toMatch(/rebased from the systems this one replaced\.$/);
  });

  it('reads the series in period order, whatever order it arrives in', () => {
    const points = series([10, 12, 14, 16, 18]);
    expect(trendOf([...points].reverse())).toEqual(trendOf(points));
  });
});

describe('trendOf: change over the year', () => {
  it.each<[string, (number | null)[], number | null]>([
    ['latest minus 4 quarters earlier', [40, 45, 47, 50, 52.5], 12.5],
    ['only those two points needed', [40, null, null, null, 55], 15],
    ['falling', [60, 58, 56, 54, 50], -10],
    ['latest missing', [40, 45, 47, 50, null], null],
    ['4 quarters earlier missing', [null, 45, 47, 50, 52], null],
    ['under a year of data', [45, 47, 50], null],
  ])('%s', (_name, values, expected) => {
    expect(trendOf(series(values)).changeOverYear).toBe(expected);
  });
});
