import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { regionMissingWord, regionReportingText, regionalRows } from './standard-region-rows';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));

describe('regionalRows', () => {
  it.each([
    // standard, period, region, reporting, live, share live, population covered, mean score
    ['nhs-number', '2026-Q2', 'North', 2, 1, 0.5, 1 / 1.3, 121.6 / 1.3],
    ['nhs-number', '2026-Q2', 'South', 1, 1, 1, 1, 100],
    ['bars', '2026-Q2', 'North', 1, 0, 0, 0, 65],
    ['bars', '2026-Q2', 'South', 1, 0, 0, 0, 30],
    ['e-rs', '2026-Q1', 'North', 2, 1, 0.5, 1 / 1.5, 82.5],
  ] as const)(
    '%s %s %s: %i reporting, %i live',
    (id, period, region, reporting, live, shareLive, population, mean) => {
      const row = regionalRows(minimalFeed, scores, id, period).find((r) => r.name === region);
      expect(row).toMatchObject({ reporting, live });
      expect(row?.shareLive).toBeCloseTo(shareLive, 9);
      expect(row?.populationCovered).toBeCloseTo(population, 9);
      expect(row?.meanScore).toBeCloseTo(mean, 9);
    },
  );

  it('keeps a region where nobody reported, with no figures rather than zeros', () => {
    const feed: Feed = {
      ...minimalFeed,
      geography: {
        ...minimalFeed.geography,
        regions: [...minimalFeed.geography.regions, { code: 'R3', name: 'Empty' }],
      },
    };
    const rows = regionalRows(feed, scoreFeed(feed, defaultWeights(feed)), 'bars', '2026-Q2');
    expect(rows.map((row) => row.name)).toEqual(['North', 'South', 'Empty']);
    expect(rows[2]).toMatchObject({ reporting: 0, shareLive: null, meanScore: null });
  });

  it("counts a region's systems whose data product is loading or unavailable, in the quarter", () => {
    const noData = new Map([
      ['S4', 'Loading: s4-product has not arrived yet'],
      ['S3', 'No data: s3-product is unavailable (not found)'],
      // Ended in March 2026: not one of the region's systems in 2026-Q2.
      ['S2', 'Loading: s2-product has not arrived yet'],
    ]);
    const rows = regionalRows(minimalFeed, scores, 'nhs-number', '2026-Q2', noData);
    expect(rows.map((r) => [r.name, r.loading, r.unavailable])).toEqual([
      ['North', 1, 0],
      ['South', 0, 1],
    ]);
    expect(regionalRows(minimalFeed, scores, 'nhs-number', '2026-Q1', noData)[0]).toMatchObject({
      name: 'North',
      loading: 1,
      unavailable: 0,
    });
    // A single feed: nothing is missing.
    expect(regionalRows(minimalFeed, scores, 'nhs-number', '2026-Q2')[0]).toMatchObject({
      loading: 0,
      unavailable: 0,
    });
  });
});

describe('region words', () => {
  it.each([
    [{ reporting: 3, loading: 0, unavailable: 0 }, '3', 'No data'],
    [{ reporting: 3, loading: 4, unavailable: 0 }, '3, 4 still loading', 'Loading'],
    [
      { reporting: 0, loading: 0, unavailable: 1 },
      '0, 1 with its data product unavailable',
      'No data',
    ],
    [
      { reporting: 0, loading: 2, unavailable: 2 },
      '0, 2 still loading, 2 with their data product unavailable',
      'Loading',
    ],
  ])('%o: "%s", an empty figure says "%s"', (row, reporting, word) => {
    expect(regionReportingText(row)).toBe(reporting);
    expect(regionMissingWord(row)).toBe(word);
  });
});
