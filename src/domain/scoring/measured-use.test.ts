import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Feed, Measure, Measurement } from '../feed/feed-schema';
import { APP_RATE, appRateMonth, sayDoFeed } from '../../testing/fixtures/feeds/say-and-do-feed';
import { blendScore, measuredUseScores } from './measured-use';
import { rankIntervals } from './ranks';
import { scoreFeed } from './score-feed';
import { defaultWeights } from './weights';

const SHARE: Measure = {
  ...APP_RATE,
  id: 'ers-share',
  name: 'Referrals made through e-RS',
  unit: '% of referrals',
  kind: 'share',
  scale: 1,
  standardId: 'e-rs',
  frequency: 'quarter',
};

const share = (system: string, numerator: number): Measurement => ({
  system,
  measure: SHARE.id,
  period: '2026-Q2',
  numerator,
  denominator: 100,
  value: numerator / 100,
});

/** S1 and S3 in 2026-Q2: app rate 330 and 630 per 1,000; e-RS share 40% and 90%. */
function feedWith(s1Share = 40, s3Share = 90): Feed {
  return {
    ...sayDoFeed,
    measures: [...sayDoFeed.measures, SHARE],
    measurements: [
      ...sayDoFeed.measurements,
      appRateMonth('S3', '2026-04', 600),
      appRateMonth('S3', '2026-05', 630),
      appRateMonth('S3', '2026-06', 660),
      share('S1', s1Share),
      share('S3', s3Share),
    ],
  };
}

describe('measuredUseScores', () => {
  it.each([
    ['a share is 100 x the share', 'share', { A: 0.25, B: 1 }, { A: 25, B: 100 }],
    [
      'a rate is rescaled lowest 0 to highest 100',
      'rate',
      { A: 10, B: 30, C: 20 },
      { A: 0, B: 100, C: 50 },
    ],
    ['a rate with one value has no score', 'rate', { A: 10 }, {}],
    ['a rate with equal values has no score', 'rate', { A: 10, B: 10 }, {}],
    ['a count is not used', 'count', { A: 10, B: 30 }, {}],
    ['nothing gives nothing', 'rate', {}, {}],
  ] as const)('%s', (_name, kind, values, expected) => {
    const scores = measuredUseScores({ kind }, new Map(Object.entries(values)));
    expect(Object.fromEntries(scores)).toEqual(expected);
  });

  it('blends half and half', () => {
    expect(blendScore(100, 40)).toBe(70);
    expect(blendScore(0, 0)).toBe(0);
  });
});

describe('scoreFeed with "include measured use"', () => {
  const feed = feedWith();
  const published = defaultWeights(feed);

  it('off: scores are byte-identical to scoring without the toggle', () => {
    const without = JSON.stringify(scoreFeed(feed, published));
    expect(JSON.stringify(scoreFeed(feed, { ...published, measuredUse: false }))).toBe(without);
    // And measures make no difference at all while it is off.
    expect(JSON.stringify(scoreFeed({ ...feed, measures: [], measurements: [] }, published))).toBe(
      without,
    );
  });

  it('on: blends each linked standard, worked by hand', () => {
    const scores = scoreFeed(feed, { ...published, measuredUse: true }).byPeriod['2026-Q2']!;
    const s1 = scores.systems.find((s) => s.code === 'S1')!;
    const s3 = scores.systems.find((s) => s.code === 'S3')!;
    const s4 = scores.systems.find((s) => s.code === 'S4')!;
    // NHS Number: rate 330 and 630 rescale to 0 and 100; blended with 100 reported: 50 and 100.
    // e-RS: shares 40% and 90%, blended with 100 reported: 70 and 95.
    expect(s1.standards).toEqual({ 'nhs-number': 50, 'e-rs': 70, bars: 65 });
    expect(s3.standards).toEqual({ 'nhs-number': 100, 'e-rs': 95, bars: 30 });
    // S1: identity 50; transfers (70 + 3 x 65) / 4 = 66.25; overall (50 + 2 x 66.25) / 3.
    expect(s1.overall).toBeCloseTo(60.8333, 3);
    // S3: transfers (95 + 3 x 30) / 4 = 46.25; overall (100 + 2 x 46.25) / 3.
    expect(s3.overall).toBeCloseTo(64.1667, 3);
    // S4 has no measured value: unchanged (72, 100; BaRS unreported).
    expect(s4.standards).toEqual({ 'nhs-number': 72, 'e-rs': 100, bars: null });
    // Quarters without measured values are unchanged.
    expect(scoreFeed(feed, { ...published, measuredUse: true }).byPeriod['2025-Q4']).toEqual(
      scoreFeed(feed, published).byPeriod['2025-Q4'],
    );
  });

  it('rank intervals rank the blended scores', () => {
    const on = rankIntervals(feed, '2026-Q2', { ...published, measuredUse: true });
    const off = rankIntervals(feed, '2026-Q2', published);
    // Off, S1 (82.5) ranks above S3 (65); on, S3 (64.2) ranks above S1 (60.8).
    expect(off['S1']!.rank).toBeLessThan(off['S3']!.rank);
    expect(on['S3']!.rank).toBeLessThan(on['S1']!.rank);
  });

  it('keeps every score within 0-100 whatever the measured values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const result = scoreFeed(feedWith(a, b), { ...published, measuredUse: true });
        for (const period of Object.values(result.byPeriod)) {
          for (const system of period.systems) {
            const values = [system.overall, ...Object.values(system.standards)];
            for (const value of values) {
              if (value !== null) expect(value >= 0 && value <= 100).toBe(true);
            }
          }
        }
      }),
      { seed: 1402, numRuns: 60 },
    );
  });
});
