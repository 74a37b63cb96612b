/**
 * One rule, every view: for any feed with one quarter removed (the contract allows gaps), the map,
 * the Systems list and the profile's trend report the same change over the year for every system
 * in every remaining quarter, and none of them reports one when the year-earlier quarter is the
 * one removed. Before the rule was shared the map compared four places back, and disagreed.
 * The profile has no change-over-the-year figure of its own: it is read from the profile's trend
 * series through trendOf, as a trend sentence would be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, PERIODS, cellStatusArrays, feedWithout } from '../../testing/ten-quarter-feeds';
import type { Feed } from '../feed/feed-schema';
import { mapData } from '../charts/map-model';
import { spreadChange } from '../charts/national-summary-model';
import { buildProfileModel } from '../profile/profile-model';
import { scoreFeed } from '../scoring/score-feed';
import { trendOf } from '../scoring/trend';
import { defaultWeights } from '../scoring/weights';
import { systemRows } from '../systems/system-rows';
import { yearEarlierId } from './period';

const statuses = cellStatusArrays(6);

function profileChange(
  feed: Feed,
  scores: ReturnType<typeof scoreFeed>,
  code: string,
  period: string,
) {
  const model = buildProfileModel({ feed, scores, code, period, peers: [] });
  const points = model.trend.series.find((series) => series.key === 'system')?.points ?? [];
  const upToNow = points
    .filter((point) => point.period <= period)
    .map((point) => ({ ...point, rebased: point.rebased ?? false }));
  return trendOf(upToNow).changeOverYear;
}

describe('change over the year (property)', () => {
  it('map, Systems list and profile agree for every system and quarter of a feed with a gap', () => {
    let compared = 0;
    fc.assert(
      fc.property(statuses, fc.constantFrom(...PERIODS), (cellStatuses, removed) => {
        const feed = feedWithout(cellStatuses, removed);
        const scores = scoreFeed(feed, defaultWeights(feed));
        for (const period of feed.periods) {
          const map = mapData(feed, scores, period, { kind: 'overall' }, {});
          const rows = new Map(systemRows(feed, scores, period, {}).map((row) => [row.code, row]));
          const yearBeforeRemoved = yearEarlierId(period) === removed;
          if (yearBeforeRemoved) expect(spreadChange(scores, period).change).toBeNull();
          for (const datum of map) {
            const listed = rows.get(datum.code)?.changeOverYear;
            expect(listed).toBe(datum.changeOverYear);
            expect(profileChange(feed, scores, datum.code, period)).toBe(datum.changeOverYear);
            if (yearBeforeRemoved) expect(datum.changeOverYear).toBeNull();
            if (datum.changeOverYear !== null) compared += 1;
          }
        }
      }),
      { seed: 20261205, numRuns: 60 },
    );
    // The agreement must not be that of nulls only.
    expect(compared).toBeGreaterThan(100);
  });

  it('the generated feeds do exercise a change: not every value is null', () => {
    const feed = feedWithout(
      CELLS.map(() => 'live'),
      '2025-Q4',
    );
    const scores = scoreFeed(feed, defaultWeights(feed));
    const changes = mapData(feed, scores, '2026-Q2', { kind: 'overall' }, {}).map(
      (datum) => datum.changeOverYear,
    );
    // All live in both years: S1 and S3 change by 0; S4 by 0 against its rebased predecessors.
    expect(changes).toEqual([0, 0, 0]);
  });
});
