import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { systemIn } from '../../testing/fixtures/domain/scored-system';
import type { Feed } from '../feed/feed-schema';
import { scoreFeedSteps } from './score-feed';
import { defaultWeights } from './weights';

const feed: Feed = minimalFeed;

/** Runs the steps to their end, counting them. */
function runSteps(steps: ReturnType<typeof scoreFeedSteps>) {
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { count, scores: step.value };
    count += 1;
  }
}

describe('scoreFeedSteps', () => {
  it('is the matrices, then one step for each of the three quarters, oldest first', () => {
    const { count, scores } = runSteps(scoreFeedSteps(feed, defaultWeights(feed)));
    expect(count).toBe(3);
    expect(Object.keys(scores.byPeriod)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it.each([
    // The same hand-worked overalls as score-feed.test.ts (published weights).
    ['2025-Q4', 'S1', 49.166666667],
    ['2026-Q1', 'S2', 46.25],
    ['2026-Q2', 'S4', 90.666666667],
  ])('scores %s %s as in one go: overall %s', (period, code, overall) => {
    const { scores } = runSteps(scoreFeedSteps(feed, defaultWeights(feed)));
    expect(systemIn(scores, period, code).overall).toBeCloseTo(overall, 9);
  });

  it('scores nothing more once the caller stops between steps', () => {
    const steps = scoreFeedSteps(feed, defaultWeights(feed));
    expect(steps.next()).toEqual({ done: false, value: undefined });
    expect(steps.return({ byPeriod: {} })).toEqual({ done: true, value: { byPeriod: {} } });
  });
});
