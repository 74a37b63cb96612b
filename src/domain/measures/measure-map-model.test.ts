import { describe, expect, it } from 'vitest';
import type { Measurement } from '../feed/feed-schema';
import {
  appUsersRow,
  AUGUST_APP_USERS,
  MEASURED_MEASURES,
  measuredFeed,
} from '../../testing/fixtures/feeds/measured-feed';
import { minimalHexJson } from '../../testing/fixtures/geo/minimal-hexjson';
import { measureBins } from './measure-bins';
import { measureGeography } from './measure-geography';
import {
  measureHexModel,
  measureMapRows,
  NO_VALUE_LABEL,
  NO_VALUE_SHAPE,
} from './measure-map-model';
import { measureValues } from './measure-values';

const rate = MEASURED_MEASURES[0]!;
const rows: Measurement[] = [
  ...AUGUST_APP_USERS,
  // 500 / 250000 x 1000 = 2
  appUsersRow('S4', '2026-04', 500, 250000, 2),
];
const values = measureValues(rate, rows);

describe('measureGeography', () => {
  it.each([
    ['2025-08', '2025-Q3', ['S1', 'S2', 'S3'], '1 July 2022'],
    ['2026-04', '2026-Q2', ['S1', 'S3', 'S4'], '1 April 2026'],
    ['2025-Q3', '2025-Q3', ['S1', 'S2', 'S3'], '1 July 2022'],
    // A financial year ending 31 March 2026 is drawn on its last quarter, before S4 began.
    ['2025/26', '2026-Q1', ['S1', 'S2', 'S3'], '1 July 2022'],
  ])('%s is drawn on %s with %j (boundaries from %s)', (period, quarter, systems, since) => {
    expect(measureGeography(measuredFeed.geography, period)).toEqual({ quarter, systems, since });
  });

  it('reads no geography from a period it cannot parse', () => {
    expect(measureGeography(measuredFeed.geography, 'August')).toBeNull();
  });
});

describe('measureMapRows', () => {
  const geography = measureGeography(measuredFeed.geography, '2025-08')!;
  const map = measureMapRows(values, measuredFeed, geography, '2025-08');

  it('ranks the systems with a value and leaves the others without one', () => {
    expect(map.rows.map((row) => [row.code, row.value, row.rank, row.ranked])).toEqual([
      ['S1', 3, 2, 2],
      ['S2', null, null, 2],
      ['S3', 5, 1, 2],
    ]);
  });

  // (1200 + 2000) / (400000 + 400000) x 1000 = 4, not the mean of 3 and 5 weighted alike by chance.
  it('gives the national value from summed parts', () => {
    expect(map.national).toBeCloseTo(4, 9);
  });

  it('draws a no-value system with a mark and counts it in the key', () => {
    const model = measureHexModel(
      minimalHexJson,
      measuredFeed,
      geography,
      map.rows,
      measureBins(rate, [2, 3, 5]),
      values,
    );
    const s2 = model.areas.find((area) => area.code === 'S2');
    expect(s2?.shape).toBe(NO_VALUE_SHAPE);
    expect(s2?.label).toContain('No value published');
    const noValue = model.legend.find((entry) => entry.label === NO_VALUE_LABEL);
    expect(noValue?.count).toBe(1);
    const counted = model.legend.reduce((sum, entry) => sum + entry.count, 0);
    expect(counted).toBe(model.areas.length);
  });
});
