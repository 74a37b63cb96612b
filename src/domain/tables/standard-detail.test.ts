import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { leadersAndLaggards, statusMixRows } from './standard-detail';

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
