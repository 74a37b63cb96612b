import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { parseFeed } from '../feed/parse-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import type { Weights } from '../scoring/weights';
import { workedExample } from './worked-example';

/** The weighted mean the page prints, recomputed from the listed inputs, to prove they agree. */
function weightedMeanOfListed(items: readonly { score: number | null; weight: number }[]) {
  let total = 0;
  let weight = 0;
  for (const item of items) {
    if (item.score === null || item.weight <= 0) continue;
    total += item.score * item.weight;
    weight += item.weight;
  }
  return weight > 0 ? total / weight : null;
}

function sampleFeed(): Feed {
  const result = parseFeed(JSON.parse(readFileSync('public/data/feed.json', 'utf8')));
  if (!result.ok) throw new Error(result.fatal.reason);
  return result.feed;
}

/** The numbers the page lists must reproduce the numbers the scoring code produced. */
function expectConsistent(feed: Feed, weights: Weights, period: string) {
  const scores = scoreFeed(feed, weights);
  for (const system of scores.byPeriod[period]?.systems ?? []) {
    const example = workedExample(feed, weights, system, period);
    for (const category of example.categories) {
      const listed = weightedMeanOfListed(category.standards);
      if (listed === null) expect(category.score).toBeNull();
      else expect(category.score).toBeCloseTo(listed, 6);
    }
    const overall = weightedMeanOfListed(example.categories);
    if (overall === null) expect(example.overall).toBeNull();
    else expect(example.overall).toBeCloseTo(overall, 6);
  }
}

describe('workedExample', () => {
  it('lists West Hills 2025-Q4 inputs by hand', () => {
    const weights = defaultWeights(minimalFeed);
    const system = scoreFeed(minimalFeed, weights).byPeriod['2025-Q4']?.systems[0];
    if (!system) throw new Error('no system');
    const example = workedExample(minimalFeed, weights, system, '2025-Q4');
    expect(example.code).toBe('S1');
    const transfers = example.categories.find((category) => category.id === 'transfers');
    // e-RS partial at 50% = 30 + 70 x 0.5 = 65; BaRS planned = 10.
    expect(transfers?.standards).toEqual([
      {
        id: 'e-rs',
        name: 'NHS e-Referral Service',
        status: 'partial',
        coverage: 0.5,
        score: 65,
        weight: 1,
      },
      {
        id: 'bars',
        name: 'Booking and Referral Standard',
        status: 'planned',
        coverage: null,
        score: 10,
        weight: 3,
      },
    ]);
    // (65 x 1 + 10 x 3) / 4 = 23.75
    expect(transfers?.score).toBeCloseTo(23.75, 9);
  });

  it('marks unreported standards as such', () => {
    const weights = defaultWeights(minimalFeed);
    const system = scoreFeed(minimalFeed, weights).byPeriod['2025-Q4']?.systems.find(
      (candidate) => candidate.code === 'S2',
    );
    if (!system) throw new Error('no system');
    const bars = workedExample(minimalFeed, weights, system, '2025-Q4')
      .categories.flatMap((category) => category.standards)
      .find((standard) => standard.id === 'bars');
    expect(bars).toMatchObject({ status: null, coverage: null, score: null });
  });

  it('agrees with scoreFeed for every system of the minimal feed, with any weights', () => {
    expectConsistent(minimalFeed, defaultWeights(minimalFeed), '2025-Q4');
    expectConsistent(
      minimalFeed,
      {
        categories: { identity: 3, transfers: 0 },
        standards: { 'nhs-number': 1, 'e-rs': 0, bars: 5 },
      },
      '2026-Q2',
    );
  });

  it('agrees with scoreFeed for every system of the sample feed', () => {
    const feed = sampleFeed();
    expectConsistent(feed, defaultWeights(feed), feed.periods.at(-1) ?? '');
  });
});

describe('weightedMeanOfListed', () => {
  it.each([
    [[], null],
    [[{ score: null, weight: 2 }], null],
    [[{ score: 50, weight: 0 }], null],
    [
      [
        { score: 100, weight: 1 },
        { score: 0, weight: 3 },
      ],
      25,
    ],
    [
      [
        { score: 80, weight: 2 },
        { score: null, weight: 5 },
      ],
      80,
    ],
  ])('%j gives %s', (items, expected) => {
    expect(weightedMeanOfListed(items)).toBe(expected);
  });
});
