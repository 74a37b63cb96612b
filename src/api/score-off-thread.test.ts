import { describe, expect, it, vi } from 'vitest';
import type { Feed } from '../domain/feed/feed-schema';
import { DEFAULT_RANK_DRAWS, rankIntervals } from '../domain/scoring/ranks';
import { defaultWeights } from '../domain/scoring/weights';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { rankIntervalsOffThread } from './score-off-thread';
import { yieldToPage } from './yield-to-page';

vi.mock('./yield-to-page', () => ({ yieldToPage: vi.fn(() => Promise.resolve()) }));

const feed = minimalFeed as unknown as Feed;

describe('rankIntervalsOffThread on the page', () => {
  it('lets the page run after every 100 draws, and gives the intervals of one go', async () => {
    const weights = defaultWeights(feed);
    const period = feed.periods.at(-1) ?? '';
    vi.mocked(yieldToPage).mockClear();
    const intervals = await rankIntervalsOffThread(feed, weights, period);
    expect(intervals).toEqual(rankIntervals(feed, period, weights));
    expect(Object.keys(intervals).length).toBeGreaterThan(1);
    // A step of 200 draws took 50-60 ms with the CPU slowed four times on a busy machine (issue
    // 15): each step is a task of its own, so a step of 100 keeps every task under 50 ms.
    expect(vi.mocked(yieldToPage).mock.calls.length).toBeGreaterThanOrEqual(
      DEFAULT_RANK_DRAWS / 100,
    );
  });
});
