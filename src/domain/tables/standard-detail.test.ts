import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import {
  leadersAndLaggards,
  regionMissingWord,
  regionReportingText,
  regionalRows,
  statusMixRows,
} from './standard-detail';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));

describe('statusMixRows', () => {
  it('counts the systems by status in each quarter, for the chart', () => {
    expect(statusMixRows(minimalFeed, scores, 'bars', '2026-Q2')).toEqual([
      // West Hills planned, East Shore not started; North Vale did not report.
      {
        period: '2025-Q4',
        label: 'Oct–Dec 2025',
        reported: 2,
        'not-started': 1,
        planned: 1,
        piloting: 0,
        partial: 0,
        live: 0,
      },
      {
        period: '2026-Q1',
        label: 'Jan–Mar 2026',
        reported: 3,
        'not-started': 0,
        planned: 2,
        piloting: 1,
        partial: 0,
        live: 0,
      },
      // New geography: West Hills partial, East Shore piloting, Vale and Shore did not report.
      {
        period: '2026-Q2',
        label: 'Apr–Jun 2026',
        reported: 2,
        'not-started': 0,
        planned: 0,
        piloting: 1,
        partial: 1,
        live: 0,
      },
    ]);
  });

  it('stops at the quarter being viewed', () => {
    const rows = statusMixRows(minimalFeed, scores, 'nhs-number', '2026-Q1');
    expect(rows.map((row) => [row.period, row.live, row.partial])).toEqual([
      ['2025-Q4', 2, 1],
      ['2026-Q1', 3, 0],
    ]);
  });

  it('has zero counts, not gaps, for a standard nobody reported', () => {
    const rows = statusMixRows(minimalFeed, scores, 'nope', '2026-Q2');
    expect(rows.map((row) => row.reported)).toEqual([0, 0, 0]);
  });
});

describe('leadersAndLaggards', () => {
  it('splits a few systems in two, ties by name, laggards lowest first', () => {
    // NHS Number 2026-Q2: East Shore 100, West Hills 100, Vale and Shore 72 (partial at 60%).
    const { leaders, laggards } = leadersAndLaggards(minimalFeed, scores, 'nhs-number', '2026-Q2');
    expect(leaders.map((s) => [s.name, s.score, s.status])).toEqual([
      ['East Shore', 100, 'live'],
      ['West Hills', 100, 'live'],
    ]);
    expect(laggards).toMatchObject([
      { code: 'S4', name: 'Vale and Shore', score: 72, status: 'partial', coverage: 0.6 },
    ]);
  });

  it('gives no coverage when the system did not report one', () => {
    const { laggards } = leadersAndLaggards(minimalFeed, scores, 'e-rs', '2025-Q4');
    // e-RS 2025-Q4: East Shore 100, West Hills 65, North Vale 30 (piloting, no coverage given).
    expect(laggards).toMatchObject([{ name: 'North Vale', score: 30, coverage: null }]);
  });

  it('shows the top five and the bottom five of many, with a tie at the edge broken by name', () => {
    // Twelve systems A-L partial at 0, 10, 20 ... %, with G and H tied at 60%.
    const coverages = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.6, 0.7, 0.8, 0.9, 1];
    const letters = [...'ABCDEFGHIJKL'];
    const feed: Feed = {
      ...minimalFeed,
      geography: {
        ...minimalFeed.geography,
        crosswalk: [],
        systems: letters.map((letter) => ({
          ...minimalFeed.geography.systems[0]!,
          code: letter,
          shortName: `System ${letter}`,
        })),
      },
      observations: letters.map((letter, index) => ({
        system: letter,
        standard: 'bars',
        period: '2026-Q2',
        status: 'partial' as const,
        coverage: coverages[index],
      })),
    };
    const many = scoreFeed(feed, defaultWeights(feed));
    const { leaders, laggards } = leadersAndLaggards(feed, many, 'bars', '2026-Q2');
    expect(leaders.map((s) => s.code)).toEqual(['L', 'K', 'J', 'I', 'G']);
    expect(laggards.map((s) => s.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('is empty when nobody reported', () => {
    expect(leadersAndLaggards(minimalFeed, scores, 'nope', '2026-Q2')).toEqual({
      leaders: [],
      laggards: [],
    });
  });
});

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
