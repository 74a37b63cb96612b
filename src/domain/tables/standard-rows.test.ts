import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { standardRow, standardRows } from './standard-rows';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));

/** The minimal feed plus 2025-Q2, a year before 2026-Q2, when every system had only planned NHS Number. */
const feedWithYearBefore: Feed = {
  ...minimalFeed,
  periods: ['2025-Q2', ...minimalFeed.periods],
  observations: [
    ...['S1', 'S2', 'S3'].map((system) => ({
      system,
      standard: 'nhs-number',
      period: '2025-Q2',
      status: 'planned' as const,
    })),
    ...minimalFeed.observations,
  ],
};

// Hand-computed. Standard scores: live 100; partial or piloting 30 + 70 x coverage, or 65 / 30
// when coverage is not given; planned 10; not started 0. Populations: S1 1.0M, S2 0.5M, S3 2.0M,
// S4 0.3M. 2026-Q2 has S1, S3, S4 (North Vale ended); 2025-Q4 has S1, S2, S3.
// Quartiles interpolate between ordered values (type 7).
describe('standardRows', () => {
  it.each([
    // period, id, reporting, live, share live, population covered, mean, q1, median, q3, iqr, min, max
    ['2026-Q2', 'nhs-number', 3, 2, 2 / 3, 3 / 3.3, 321.6 / 3.3, 86, 100, 100, 14, 72, 100],
    ['2026-Q2', 'e-rs', 3, 3, 1, 1, 100, 100, 100, 100, 0, 100, 100],
    ['2026-Q2', 'bars', 2, 0, 0, 0, 125 / 3, 38.75, 47.5, 56.25, 17.5, 30, 65],
    ['2025-Q4', 'nhs-number', 3, 2, 2 / 3, 1.5 / 3.5, 92, 93, 100, 100, 7, 86, 100],
    ['2025-Q4', 'e-rs', 3, 1, 1 / 3, 2 / 3.5, 80, 47.5, 65, 82.5, 35, 30, 100],
    ['2025-Q4', 'bars', 2, 0, 0, 0, 10 / 3, 2.5, 5, 7.5, 5, 0, 10],
  ] as const)(
    '%s %s: %i reporting, %i live',
    (period, id, reporting, live, shareLive, population, mean, q1, median, q3, iqr, min, max) => {
      const row = standardRows(minimalFeed, scores, period).find((r) => r.id === id);
      expect(row).toMatchObject({ reporting, live, q1, median, q3, iqr, min, max });
      expect(row?.shareLive).toBeCloseTo(shareLive, 9);
      expect(row?.populationCovered).toBeCloseTo(population, 9);
      expect(row?.meanScore).toBeCloseTo(mean, 9);
    },
  );

  it('names each standard and its category, in feed order', () => {
    expect(
      standardRows(minimalFeed, scores, '2026-Q2').map((row) => [row.name, row.categoryName]),
    ).toEqual([
      ['NHS Number', 'Identity and reference data'],
      ['NHS e-Referral Service', 'Transfers of care'],
      ['Booking and Referral Standard', 'Transfers of care'],
    ]);
  });

  it('has no change over the year when the feed has no quarter a year earlier', () => {
    const rows = standardRows(minimalFeed, scores, '2026-Q2');
    expect(rows.map((row) => row.changeOverYear)).toEqual([null, null, null]);
  });

  it('gives the change from the same quarter a year earlier, and none where it was not reported', () => {
    const yearScores = scoreFeed(feedWithYearBefore, defaultWeights(feedWithYearBefore));
    const rows = standardRows(feedWithYearBefore, yearScores, '2026-Q2');
    // NHS Number: 97.45 now, 10 (planned everywhere) in 2025-Q2. e-RS and BaRS: not reported then.
    expect(rows[0]?.changeOverYear).toBeCloseTo(321.6 / 3.3 - 10, 6);
    expect(rows[1]?.changeOverYear).toBeNull();
    expect(rows[2]?.changeOverYear).toBeNull();
  });

  it('leaves a standard nobody reported empty, never zero', () => {
    const feed: Feed = {
      ...minimalFeed,
      standards: [
        ...minimalFeed.standards,
        { ...minimalFeed.standards[0]!, id: 'ghost', name: 'Ghost', categoryId: 'nowhere' },
      ],
    };
    const row = standardRows(feed, scoreFeed(feed, defaultWeights(feed)), '2026-Q2').at(-1);
    expect(row).toMatchObject({
      id: 'ghost',
      categoryName: 'nowhere',
      reporting: 0,
      live: 0,
      shareLive: null,
      populationCovered: null,
      meanScore: null,
      iqr: null,
      min: null,
      max: null,
    });
  });

  it('counts only the systems of the quarter, and a repeated row once', () => {
    const feed: Feed = {
      ...minimalFeed,
      observations: [
        ...minimalFeed.observations,
        // North Vale ended before 2026-Q2; West Hills' BaRS row is repeated.
        { system: 'S2', standard: 'bars', period: '2026-Q2', status: 'live' },
        { system: 'S1', standard: 'bars', period: '2026-Q2', status: 'partial', coverage: 0.5 },
      ],
    };
    const row = standardRow(feed, scoreFeed(feed, defaultWeights(feed)), 'bars', '2026-Q2');
    expect(row).toMatchObject({ reporting: 2, live: 0 });
  });

  it('is empty for a quarter that was not scored', () => {
    expect(standardRows(minimalFeed, scores, '2030-Q1')).toEqual([]);
  });
});

describe('standardRow', () => {
  it('is the same row as in the full table', () => {
    const all = standardRows(minimalFeed, scores, '2026-Q2');
    expect(standardRow(minimalFeed, scores, 'bars', '2026-Q2')).toEqual(all[2]);
  });

  it.each([
    ['an unknown standard', 'nope', '2026-Q2'],
    ['an unknown quarter', 'bars', '2030-Q1'],
  ])('is null for %s', (_name, id, period) => {
    expect(standardRow(minimalFeed, scores, id, period)).toBeNull();
  });
});
