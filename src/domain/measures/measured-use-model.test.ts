import { describe, expect, it } from 'vitest';
import {
  appUsersRow,
  AUGUST_APP_USERS,
  MEASURED_MEASURES,
  measuredFeed,
} from '../../testing/fixtures/feeds/measured-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { measuredUse } from './measured-use-model';

const rate = MEASURED_MEASURES[0]!;
const feed = {
  measures: [rate],
  measurements: [
    // S1: 1000 / 400000 x 1000 = 2.5 in July; 3 in August. S3: 5 in August.
    appUsersRow('S1', '2025-07', 1000, 400000, 2.5),
    ...AUGUST_APP_USERS,
  ],
};

describe('measuredUse', () => {
  it('gives the latest value, its rank and the national value from summed parts', () => {
    const [use] = measuredUse(feed, 'S1');
    expect(use).toMatchObject({ period: '2025-08', value: 3, rank: 2, ranked: 2 });
    // (1200 + 2000) / 800000 x 1000 = 4
    expect(use?.national).toBeCloseTo(4, 9);
    expect(use?.series.map((row) => row.period)).toEqual(['2025-07', '2025-08']);
  });

  it('ranks the highest first', () => {
    expect(measuredUse(feed, 'S3')[0]).toMatchObject({ rank: 1, ranked: 2, value: 5 });
  });

  it('keeps a measure the system has no value of, with none', () => {
    expect(measuredUse(feed, 'S2')[0]).toMatchObject({ period: null, value: null, rank: null });
  });

  it('gives nothing for a feed without measures', () => {
    expect(measuredUse({ ...minimalFeed, measures: [], measurements: [] }, 'S1')).toEqual([]);
  });

  it('reads every measure of the measured fixture', () => {
    expect(measuredUse(measuredFeed, 'S1').map((use) => use.measure.id)).toHaveLength(4);
  });
});
