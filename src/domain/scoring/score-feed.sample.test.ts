/**
 * The bundled sample feed: scoring must find the pattern planted in it. The stalled group
 * progresses at a tenth of its speed on three standards from 2025-Q1 (docs/sample-feed.md), so its
 * mean standard score on them should fall further behind the rest's quarter after quarter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STALLED_GROUP } from '../../../scripts/sample-feed/planted-patterns';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed, scoredPeriods } from './score-feed';
import type { PeriodScores } from './score-feed';
import { defaultWeights } from './weights';

const feed = JSON.parse(readFileSync('public/data/feed.json', 'utf8')) as Feed;
const scores = scoreFeed(feed, defaultWeights(feed));
const group = new Set<string>(STALLED_GROUP.systems);

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Rest minus group: mean standard score on the planted standards, in points. */
function stalledGap(period: PeriodScores): number {
  const inGroup: number[] = [];
  const rest: number[] = [];
  for (const system of period.systems) {
    for (const id of STALLED_GROUP.standards) {
      const score = system.standards[id];
      if (score === null || score === undefined) continue;
      (group.has(system.code) ? inGroup : rest).push(score);
    }
  }
  return mean(rest) - mean(inGroup);
}

describe('scoreFeed on the sample feed', () => {
  const periods = scoredPeriods(scores);
  const gaps = periods.map((period) => stalledGap(scores.byPeriod[period]!));
  const from = periods.indexOf(STALLED_GROUP.fromPeriod);

  it('scores every period, with the whole stalled group present in each', () => {
    expect(periods).toEqual([...feed.periods].sort());
    for (const period of periods) {
      const codes = scores.byPeriod[period]!.systems.map((s) => s.code);
      expect(STALLED_GROUP.systems.every((code) => codes.includes(code))).toBe(true);
    }
  });

  it('shows no gap on the planted standards before the stall', () => {
    // About -1 to -0.5 points with the default seed.
    for (const gap of gaps.slice(0, from + 1)) expect(Math.abs(gap)).toBeLessThan(3);
  });

  it('shows the stalled group falling further behind every quarter after it', () => {
    const after = gaps.slice(from);
    after.slice(1).forEach((gap, i) => expect(gap).toBeGreaterThan(after[i]!));
    // About 15 points by the last quarter with the default seed.
    expect(gaps.at(-1)).toBeGreaterThan(10);
  });

  it('marks no system low-confidence: only about 1% of rows are missing', () => {
    for (const period of periods) {
      expect(scores.byPeriod[period]!.systems.some((s) => s.lowConfidence)).toBe(false);
    }
  });
});
