import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import {
  formatRankInterval,
  ordinal,
  rankIntervalSteps,
  rankIntervals,
  rankSystems,
} from './ranks';
import { scoreFeed } from './score-feed';
import type { SystemScore } from './score-feed';
import { defaultWeights } from './weights';

const sampleFeed = JSON.parse(readFileSync('public/data/feed.json', 'utf8')) as Feed;
const sampleWeights = defaultWeights(sampleFeed);
const sampleLatest = sampleFeed.periods.at(-1) ?? '';

function scored(code: string, overall: number | null): SystemScore {
  return {
    code,
    regionCode: 'R',
    population: 1,
    overall,
    completeness: overall === null ? 0 : 1,
    lowConfidence: overall === null,
    categories: {},
    standards: {},
  };
}

describe('rankSystems', () => {
  it.each([
    ['distinct scores', [90, 80, 70], [1, 2, 3]],
    ['a tie shares the best rank and the next rank skips', [90, 80, 80, 70], [1, 2, 2, 4]],
    ['a tie at the top', [50, 50, 40], [1, 1, 3]],
    ['everyone tied', [10, 10, 10], [1, 1, 1]],
    ['input order does not matter', [70, 90, 80], [3, 1, 2]],
  ])('%s', (_name, overalls, expected) => {
    const systems = overalls.map((value, i) => scored(`S${i}`, value));
    expect(rankSystems(systems)).toEqual(
      Object.fromEntries(expected.map((rank, i) => [`S${i}`, rank])),
    );
  });

  it('gives no rank to a system without a score', () => {
    expect(rankSystems([scored('A', null), scored('B', 40), scored('C', 60)])).toEqual({
      C: 1,
      B: 2,
    });
  });

  it('ranks a large field the same way (100 systems, ten at each score)', () => {
    // Scores 0-9, ten systems each: the ten 9s rank 1st, the 8s 11th, ... the 0s 91st.
    const systems = Array.from({ length: 100 }, (_, i) => scored(`S${i}`, i % 10));
    const ranks = rankSystems(systems);
    systems.forEach((system, i) => expect(ranks[system.code]).toBe(1 + 10 * (9 - (i % 10))));
  });

  it('is empty for no systems', () => {
    expect(rankSystems([])).toEqual({});
  });

  it('ranks the minimal feed by hand: 2026-Q1 overall S1 65, S3 55, S2 46.25', () => {
    const period = scoreFeed(minimalFeed, defaultWeights(minimalFeed)).byPeriod['2026-Q1'];
    expect(rankSystems(period?.systems ?? [])).toEqual({ S1: 1, S3: 2, S2: 3 });
  });
});

describe('rankIntervals', () => {
  it('cannot move a rank that no weighting can change', () => {
    // 2026-Q1: S1 is at least as good as S3 on every standard (bars 30 vs 10) and S3 as S2, so
    // no positive weights can reorder them and every interval is a single rank.
    expect(rankIntervals(minimalFeed, '2026-Q1', defaultWeights(minimalFeed))).toEqual({
      S1: { rank: 1, low: 1, high: 1 },
      S2: { rank: 3, low: 3, high: 3 },
      S3: { rank: 2, low: 2, high: 2 },
    });
  });

  it('gives the same intervals for the same seed, and defaults to a fixed seed', () => {
    const a = rankIntervals(sampleFeed, sampleLatest, sampleWeights, { seed: 7 });
    const b = rankIntervals(sampleFeed, sampleLatest, sampleWeights, { seed: 7 });
    expect(a).toEqual(b);
    expect(rankIntervals(sampleFeed, sampleLatest, sampleWeights)).toEqual(
      rankIntervals(sampleFeed, sampleLatest, sampleWeights),
    );
  });

  it('keeps ranks equal to rankSystems on scoreFeed, inside their intervals', () => {
    const period = scoreFeed(sampleFeed, sampleWeights).byPeriod[sampleLatest];
    const ranks = rankSystems(period?.systems ?? []);
    const intervals = rankIntervals(sampleFeed, sampleLatest, sampleWeights, { draws: 200 });
    expect(Object.keys(intervals).sort()).toEqual(Object.keys(ranks).sort());
    const count = Object.keys(ranks).length;
    for (const [code, interval] of Object.entries(intervals)) {
      expect(interval.rank).toBe(ranks[code]);
      expect(interval.low).toBeGreaterThanOrEqual(1);
      expect(interval.low).toBeLessThanOrEqual(interval.rank);
      expect(interval.high).toBeGreaterThanOrEqual(interval.rank);
      expect(interval.high).toBeLessThanOrEqual(count);
    }
  });

  it('shows real uncertainty on the sample feed: some intervals are wider than one rank', () => {
    const intervals = Object.values(rankIntervals(sampleFeed, sampleLatest, sampleWeights));
    expect(intervals.some((i) => i.high - i.low >= 3)).toBe(true);
  });

  it('gives no interval to unscored systems, and none for a period with no systems', () => {
    const empty = { ...minimalFeed, observations: [] };
    expect(rankIntervals(empty, '2026-Q1', defaultWeights(empty))).toEqual({});
    expect(rankIntervals(minimalFeed, '2019-Q1', defaultWeights(minimalFeed))).toEqual({});
  });

  it('keeps a switched-off standard off in every draw', () => {
    // With bars off, 2026-Q2: S1 and S3 are both 100 everywhere else: tied whatever the draw.
    const weights = defaultWeights(minimalFeed);
    weights.standards.bars = 0;
    const intervals = rankIntervals(minimalFeed, '2026-Q2', weights);
    expect(intervals.S1).toEqual({ rank: 1, low: 1, high: 1 });
    expect(intervals.S3).toEqual({ rank: 1, low: 1, high: 1 });
  });
});

describe('rankIntervalSteps', () => {
  /** Runs the steps to the end, counting the pauses a page would take between them. */
  function runSteps(drawsPerStep: number, draws?: number) {
    const steps = rankIntervalSteps(sampleFeed, sampleLatest, sampleWeights, {
      drawsPerStep,
      draws,
    });
    let pauses = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { intervals: step.value, pauses };
      pauses += 1;
    }
  }

  it.each([
    // [draws per step, draws, pauses]: one pause before each step of draws.
    [1000, undefined, 1],
    [250, undefined, 4],
    [333, undefined, 4],
    [7, undefined, 143],
    [5000, undefined, 1],
    [1, 10, 10],
    [3, 10, 4],
  ])(
    'in steps of %i draws (of %s) gives the intervals of one go, after %i pauses',
    (per, draws, pauses) => {
      const result = runSteps(per, draws);
      expect(result.pauses).toBe(pauses);
      expect(result.intervals).toEqual(
        rankIntervals(sampleFeed, sampleLatest, sampleWeights, { draws }),
      );
    },
  );
});

describe('formatRankInterval', () => {
  it.each([
    [{ rank: 12, low: 8, high: 17 }, '12th (8th–17th)'],
    [{ rank: 1, low: 1, high: 2 }, '1st (1st–2nd)'],
    [{ rank: 3, low: 3, high: 3 }, '3rd'],
    [{ rank: 22, low: 21, high: 23 }, '22nd (21st–23rd)'],
  ])('%j -> %s', (interval, expected) => {
    expect(formatRankInterval(interval)).toBe(expected);
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [42, '42nd'],
    [101, '101st'],
    [111, '111th'],
    [2943, '2943rd'],
  ])('%s -> %s', (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
});
