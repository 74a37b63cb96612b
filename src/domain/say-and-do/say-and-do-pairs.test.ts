import { describe, expect, it } from 'vitest';
import { measuredInQuarter, measuredQuarters, saidScores, sayDoPairs } from './say-and-do-pairs';
import { ANNUAL, APP_RATE, sayDoFeed } from '../../testing/fixtures/feeds/say-and-do-feed';

describe('saidScores', () => {
  it.each([
    // live = 100; partial at 80% = 30 + 70 x 0.8 = 86
    ['nhs-number', '2025-Q4', { S1: 100, S2: 100, S3: 86 }],
    // partial at 60% = 30 + 70 x 0.6 = 72
    ['nhs-number', '2026-Q2', { S1: 100, S3: 100, S4: 72 }],
    // planned 10, planned 10, planned 10... S1 piloting = 30
    ['bars', '2026-Q1', { S1: 30, S2: 10, S3: 10 }],
    ['nhs-number', '2024-Q1', {}],
  ])('%s in %s', (standard, period, expected) => {
    expect(Object.fromEntries(saidScores(sayDoFeed, standard, period))).toEqual(expected);
  });
});

describe('measuredInQuarter', () => {
  it('rolls three months up to the quarter and leaves a system with two months out', () => {
    const values = measuredInQuarter(sayDoFeed, APP_RATE, '2026-Q2');
    expect(Object.fromEntries(values!)).toEqual({ S1: 330, S2: 50 });
  });

  it('is null for a financial-year measure', () => {
    expect(measuredInQuarter(sayDoFeed, ANNUAL, '2026-Q2')).toBeNull();
  });
});

describe('sayDoPairs', () => {
  it.each([
    {
      period: '2026-Q2',
      pairs: [{ code: 'S1', said: 100, measured: 330 }],
      noMeasured: ['S3', 'S4'],
      otherGeography: ['S2'],
      systemsInQuarter: 3,
    },
    {
      period: '2025-Q4',
      pairs: [],
      noMeasured: ['S1', 'S2', 'S3'],
      otherGeography: [],
      systemsInQuarter: 3,
    },
  ])('pairs and counts in $period', ({ period, ...expected }) => {
    expect(sayDoPairs(sayDoFeed, APP_RATE, period)).toEqual({
      ...expected,
      noScore: [],
      neither: [],
    });
  });

  it('counts systems with a measured value and no score, and with neither', () => {
    const feed = {
      ...sayDoFeed,
      observations: sayDoFeed.observations.filter((o) => o.system !== 'S1'),
    };
    const pairs = sayDoPairs(feed, APP_RATE, '2026-Q2')!;
    expect(pairs.noScore).toEqual(['S1']);
    expect(pairs.pairs).toEqual([]);
    const none = sayDoPairs({ ...feed, observations: [] }, APP_RATE, '2026-Q2')!;
    expect(none.neither).toEqual(['S3', 'S4']);
  });

  it('is null for a financial-year measure', () => {
    expect(sayDoPairs(sayDoFeed, ANNUAL, '2026-Q2')).toBeNull();
  });
});

describe('measuredQuarters', () => {
  it.each([
    ['a monthly rate with one full quarter', APP_RATE, ['2026-Q2']],
    ['a financial-year count', ANNUAL, []],
  ])('%s', (_name, measure, expected) => {
    expect(measuredQuarters(sayDoFeed, measure)).toEqual(expected);
  });
});
