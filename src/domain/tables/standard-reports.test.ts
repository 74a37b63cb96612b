/**
 * reportsByStandard reads one quarter's rows from an index of the feed's observations by period,
 * built once per observation list: each quarter must still get its own rows and only those, in
 * whatever order the quarters are asked for, and a new list (a refetched feed) is read afresh.
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { reportsByStandard } from './standard-reports';

const feed = minimalFeed as unknown as Feed;
const scores = scoreFeed(feed, defaultWeights(feed));

/** System codes reporting each standard in the period, as the feed's rows say. */
function reported(rows: Feed['observations'], period: string) {
  const codes = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.period !== period) continue;
    codes.set(row.standard, (codes.get(row.standard) ?? new Set()).add(row.system));
  }
  return codes;
}

describe('reportsByStandard', () => {
  it.each([
    ['latest first', [...feed.periods].reverse()],
    ['oldest first', [...feed.periods]],
  ])('gives each quarter its own rows only, asked %s', (_order, periods) => {
    for (const period of periods) {
      const periodScores = scores.byPeriod[period];
      if (!periodScores) continue;
      const reports = reportsByStandard(feed, periodScores);
      const expected = reported(feed.observations, period);
      expect([...reports.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [standard, list] of reports) {
        expect(new Set(list.map((report) => report.code))).toEqual(expected.get(standard));
      }
    }
  });

  it('reads a new observation list afresh (a refetched feed)', () => {
    const period = feed.periods.at(-1)!;
    const periodScores = scores.byPeriod[period]!;
    expect(reportsByStandard(feed, periodScores).size).toBeGreaterThan(0);
    const emptied = { ...feed, observations: [] };
    expect(reportsByStandard(emptied, periodScores).size).toBe(0);
  });

  it("keeps a quarter's reports for its scores and observations, and reads again when either changes", () => {
    const period = feed.periods.at(-1)!;
    const periodScores = scores.byPeriod[period]!;
    const first = reportsByStandard(feed, periodScores);
    // The same scores and rows: the reports worked out before, not a copy.
    expect(reportsByStandard(feed, periodScores)).toBe(first);
    // Rescored (new weights give new scores objects): read afresh, same rows.
    const rescored = scoreFeed(feed, defaultWeights(feed)).byPeriod[period]!;
    const again = reportsByStandard(feed, rescored);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // Another observation list for the same scores: read afresh, then kept for that list.
    const emptied = { ...feed, observations: [] };
    const none = reportsByStandard(emptied, periodScores);
    expect(none.size).toBe(0);
    expect(reportsByStandard(emptied, periodScores)).toBe(none);
  });
});
