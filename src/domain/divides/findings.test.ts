/**
 * Findings from the four hand-made systems (divides-test-data.ts), every number worked out in
 * the tests of the statistic behind it, and from the minimal feed for the border sentence.
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { analyseDivides } from './divides-analysis';
import { OVERALL, fourSystemsScored } from '../../testing/fixtures/domain/divides-test-data';
import { dividesFindings } from './findings';
import { listText, percentText, pointsText } from './finding-text';

describe('dividesFindings: four systems over five quarters', () => {
  const { feed, scores } = fourSystemsScored([
    { a: 'A', b: 'B' },
    { a: 'B', b: 'C' },
  ]);
  const analysis = analyseDivides(feed, scores, defaultWeights(feed), '2026-Q1', OVERALL);
  const texts = Object.fromEntries(dividesFindings(feed, analysis).map((f) => [f.topic, f.text]));

  it('says which divide widened, from and to what', () => {
    expect(texts.widening).toBe(
      'The gap on overall readiness between the top and bottom quarter of systems widened from 15.0 to 22.0 points since January to March 2025. 1 of the 1 measures shows a widening divide.',
    );
  });

  it('gives the spread now', () => {
    expect(texts.spread).toBe(
      'In January to March 2026, readiness ranged from 42.0 to 88.0 across 4 systems; the middle half spanned 22.0 points (divide: widening).',
    );
  });

  it('names the system falling behind', () => {
    expect(texts['falling-behind']).toBe(
      '1 system in the bottom quarter on readiness fell further behind the national median in each of the last 3 quarters: A (gap up 7.5 points).',
    );
  });

  it('splits the inequality between and within regions', () => {
    // 2026-Q1: mean 66, region means 51 and 81, income shares 102/264 and 162/264.
    // between = 0.386364 ln(51/66) + 0.613636 ln(81/66) = -0.099616 + 0.125669 = 0.026053
    // within = 0.386364 x 0.015652 + 0.613636 x 0.003740 = 0.008342; share 0.026053/0.034395 = 76%
    // 2025-Q1: between 0.011881, within 0.003034 -> 80%
    expect(texts.regional).toBe(
      'In January to March 2026, 76% of the inequality in readiness lay between regions (80% in January to March 2025), so most of it is between regions: a regional divide.',
    );
  });

  it('reads the deprivation gradient and its trend', () => {
    expect(texts.deprivation).toBe(
      'More deprived systems score lower on readiness: 15.2 points lower for every 10 points of deprivation score (weighted correlation -1.00). It has steepened since January to March 2025, from -10.0 to -15.2.',
    );
  });

  it('says borders cannot be judged when no border has scores (no exchange standard)', () => {
    expect(texts.borders).toBe(
      'Connection across borders cannot be judged: no border has scores on both sides in January to March 2026.',
    );
  });
});

describe('dividesFindings: the minimal feed', () => {
  const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));
  const analysis = analyseDivides(
    minimalFeed,
    scores,
    defaultWeights(minimalFeed),
    '2026-Q2',
    OVERALL,
  );
  const texts = Object.fromEntries(
    dividesFindings(minimalFeed, analysis).map((f) => [f.topic, f.text]),
  );

  it('says there are too few quarters for a trend', () => {
    expect(texts.widening).toBe(
      'Too few quarters to say whether divides are widening: the test needs at least 5.',
    );
  });

  it('names the weakest border (e-rs live on both sides: 0.5 of 2 = 25%)', () => {
    expect(texts.borders).toBe(
      'The weakest border is where West Hills meets Vale and Shore: 25.0% of the exchange weight is live on both sides (median border 25.0%). No system is weakly connected on every border. No border has a shared care record platform reported on both sides.',
    );
  });
});

describe('finding text helpers', () => {
  it.each([
    // One decimal at every size, as the tables show: 18.5 is never "19".
    [18.5, '18.5'],
    [31.4, '31.4'],
    [9.84, '9.8'],
    [-0.04, '0.0'],
    [-15.2, '-15.2'],
  ])('pointsText(%s) = %s', (value, text) => {
    expect(pointsText(value)).toBe(text);
  });

  it('writes lists and shares', () => {
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listText(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 others');
    expect(percentText(0.7575)).toBe('76%');
  });
});

describe('dividesFindings: what a feed cannot show is said to be so (issue 17, item 8)', () => {
  // Two quarters, no borders, no technology, no deprivation: the 200-system shape in miniature.
  const twoQuarters = ['2026-Q2', '2026-Q3'];
  const bare = {
    ...minimalFeed,
    periods: twoQuarters,
    observations: minimalFeed.observations.filter((o) => twoQuarters.includes(o.period)),
    technology: [],
    geography: {
      ...minimalFeed.geography,
      adjacency: [],
      systems: minimalFeed.geography.systems.map(({ imdScore: _imd, ...system }) => system),
    },
  };
  const scores = scoreFeed(bare, defaultWeights(bare));
  const analysis = analyseDivides(bare, scores, defaultWeights(bare), '2026-Q3', OVERALL);
  const texts = Object.fromEntries(dividesFindings(bare, analysis).map((f) => [f.topic, f.text]));

  it.each([
    [
      'falling-behind',
      'Whether any system has fallen further behind cannot be judged: it takes 4 quarters and the feed has 2 up to July to September 2026.',
    ],
    [
      'borders',
      'Connection across borders cannot be judged: the feed lists no borders between systems.',
    ],
    [
      'deprivation',
      'The link with deprivation cannot be judged: the feed gives no deprivation scores.',
    ],
  ])('%s', (topic, expected) => {
    expect(texts[topic]).toBe(expected);
  });

  it('never claims no system fell behind, or no island, from data that cannot show it', () => {
    const all = Object.values(texts).join(' ');
    expect(all).not.toMatch(/No system in the bottom quarter|No system is weakly connected/);
  });
});
