/**
 * borderScores on the minimal feed. Exchange standards present: e-rs and bars (transfers, category
 * weight 2, standard weights 1 and 3). Effective weights: e-rs 2 x 1/4 = 0.5, bars 2 x 3/4 = 1.5,
 * total 2. nhs-number (identity) is not an exchange standard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { ADOPTION_STATUSES } from '../adoption/adoption-statuses';
import type { Feed, Observation } from '../feed/feed-schema';
import { defaultWeights } from '../scoring/weights';
import type { Weights } from '../scoring/weights';
import { EXCHANGE_STANDARDS, borderScores } from './border-scores';
import { exchangeWeights } from './exchange-weights';

const feed: Feed = minimalFeed;
const published = defaultWeights(feed);

function withWeights(edit: Partial<Record<'categories' | 'standards', Record<string, number>>>) {
  return {
    categories: { ...published.categories, ...edit.categories },
    standards: { ...published.standards, ...edit.standards },
  } satisfies Weights;
}

describe('exchangeWeights', () => {
  it('weighs each exchange standard as the overall score does', () => {
    // e-rs 2 x 1/(1+3) = 0.5; bars 2 x 3/4 = 1.5
    expect([...exchangeWeights(feed, published)]).toEqual([
      ['e-rs', 0.5],
      ['bars', 1.5],
    ]);
  });

  it('drops switched-off standards and renormalises within the category', () => {
    // bars off: transfers holds e-rs alone, 2 x 1/1 = 2
    expect([...exchangeWeights(feed, withWeights({ standards: { bars: 0 } }))]).toEqual([
      ['e-rs', 2],
    ]);
  });

  it('lists only catalogue ids, never identity or infrastructure standards', () => {
    expect(EXCHANGE_STANDARDS).toContain('shcr-cross-ics');
    expect(EXCHANGE_STANDARDS).toContain('nrl');
    expect(EXCHANGE_STANDARDS).not.toContain('nhs-number');
    expect(new Set(EXCHANGE_STANDARDS).size).toBe(EXCHANGE_STANDARDS.length);
  });
});

describe('borderScores: hand-computed', () => {
  it('2025-Q4: only borders between systems valid in the quarter; nothing live on both', () => {
    // S4 starts 2026-04-01, so S1-S4 and S3-S4 are not borders yet. S1 and S2 have only
    // nhs-number live; S3 has e-rs live but S2 does not: 0 / 2 = 0.
    const rows = borderScores(feed, '2025-Q4', published);
    expect(rows.map((r) => [r.a, r.b, r.score])).toEqual([
      ['S1', 'S2', 0],
      ['S2', 'S3', 0],
    ]);
    expect(rows[0]?.exchangeStandards).toEqual(['e-rs', 'bars']);
  });

  it('2026-Q2: e-rs live on both sides of S1-S4 and S3-S4 -> 0.5 / 2 = 25', () => {
    const rows = borderScores(feed, '2026-Q2', published);
    expect(rows.map((r) => [r.a, r.b, r.score, r.liveOnBoth])).toEqual([
      ['S1', 'S4', 25, ['e-rs']],
      ['S3', 'S4', 25, ['e-rs']],
    ]);
  });

  it('honours what-if weights: bars off leaves e-rs as the whole weight -> 100', () => {
    const rows = borderScores(feed, '2026-Q2', withWeights({ standards: { bars: 0 } }));
    expect(rows.map((r) => r.score)).toEqual([100, 100]);
    expect(rows[0]?.exchangeStandards).toEqual(['e-rs']);
  });

  it.each([
    [
      'S3 (its data product gave nothing)',
      'S3',
      [
        ['S1', 'S4', 25],
        ['S3', 'S4', null],
      ],
    ],
    [
      'S4',
      'S4',
      [
        ['S1', 'S4', null],
        ['S3', 'S4', null],
      ],
    ],
  ])(
    'gives no score, never 0, to a border with a side that reported nothing: %s',
    (_name, silent, expected) => {
      const without: Feed = {
        ...feed,
        observations: feed.observations.filter((row) => row.system !== silent),
      };
      const rows = borderScores(without, '2026-Q2', published);
      expect(rows.map((r) => [r.a, r.b, r.score])).toEqual(expected);
    },
  );

  it('gives no score when no exchange standard carries weight', () => {
    const rows = borderScores(feed, '2026-Q2', withWeights({ categories: { transfers: 0 } }));
    expect(rows.map((r) => r.score)).toEqual([null, null]);
    expect(rows[0]?.exchangeStandards).toEqual([]);
  });

  it('does not change when every weight is doubled (only ratios matter)', () => {
    const doubled: Weights = {
      categories: { identity: 2, transfers: 4 },
      standards: { 'nhs-number': 2, 'e-rs': 2, bars: 6 },
    };
    expect(borderScores(feed, '2026-Q2', doubled)).toEqual(
      borderScores(feed, '2026-Q2', published),
    );
  });

  it('reports platforms: null when a side has none, else whether the products match', () => {
    // S1 'Care Record One', S3 'Shared View', S4 none in the fixture
    const rows = borderScores(feed, '2026-Q2', published);
    expect(rows[0]?.platforms).toEqual({ a: 'Care Record One', b: null, same: null });
    const tech = (product: string) => ({
      system: 'S4',
      period: '2026-Q2',
      component: 'shared-care-record' as const,
      product,
      supplier: 'X',
    });
    const same = borderScores(
      { ...feed, technology: [...feed.technology, tech('Care Record One')] },
      '2026-Q2',
      published,
    );
    expect(same.map((r) => r.platforms.same)).toEqual([true, false]);
  });

  it('lists each border once, a < b, whatever the adjacency order, repeats or self-loops', () => {
    const messy: Feed = {
      ...feed,
      geography: {
        ...feed.geography,
        adjacency: [
          { a: 'S4', b: 'S3' },
          { a: 'S3', b: 'S4' },
          { a: 'S4', b: 'S1' },
          { a: 'S1', b: 'S1' },
        ],
      },
    };
    expect(borderScores(messy, '2026-Q2', published).map((r) => [r.a, r.b])).toEqual([
      ['S1', 'S4'],
      ['S3', 'S4'],
    ]);
  });

  it('returns no borders for a period outside the feed', () => {
    expect(borderScores(feed, '2019-Q1', published)).toEqual([]);
  });
});

const observation: fc.Arbitrary<Observation> = fc.record({
  system: fc.constantFrom('S1', 'S3', 'S4'),
  standard: fc.constantFrom('nhs-number', 'e-rs', 'bars'),
  period: fc.constant('2026-Q2'),
  status: fc.constantFrom(...ADOPTION_STATUSES),
});
const observations = fc.uniqueArray(observation, {
  selector: (o) => `${o.system}|${o.standard}`,
  maxLength: 9,
});
const weight = fc.double({ min: 0, max: 10, noNaN: true });

describe('borderScores (properties)', () => {
  it('scores stay in 0-100 and row order does not matter', () => {
    fc.assert(
      fc.property(observations, weight, weight, (rows, eRs, bars) => {
        const weights = withWeights({ standards: { 'e-rs': eRs, bars } });
        const scores = borderScores({ ...feed, observations: rows }, '2026-Q2', weights);
        const reversed = borderScores(
          { ...feed, observations: [...rows].reverse() },
          '2026-Q2',
          weights,
        );
        expect(reversed).toEqual(scores);
        for (const { score } of scores) {
          if (score !== null) expect(score).toBeGreaterThanOrEqual(0);
          if (score !== null) expect(score).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});
