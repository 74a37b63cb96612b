import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../domain/scoring/score-feed';
import { defaultWeights } from '../domain/scoring/weights';
import { decodeFeed } from './decode-feed';
import type { FeedRowsPart, FeedWorkerReply } from './feed-worker-messages';
import { joinReplyParts, rowsCollector, toReplyParts } from './feed-worker-parts';

const loaded = decodeFeed(JSON.stringify(minimalFeed), 'feed.json');
const decoded: FeedWorkerReply = { kind: 'decoded', version: 'v1', loaded };
// The minimal feed has 25 observations, 2 technology rows and no measurements.
const observations = loaded.feed.observations.length;

function split(reply: FeedWorkerReply, rowsPerPart: number) {
  const posted = toReplyParts(reply, rowsPerPart);
  const parts = posted.filter((p): p is FeedRowsPart => p.kind === 'feed-rows');
  const last = posted.at(-1) as FeedWorkerReply;
  return { posted, parts, last };
}

describe('toReplyParts and joinReplyParts', () => {
  it.each([
    // rows per part, messages posted: slices of each table longer than that, then the reply
    ['every table fits', 1_000, 1],
    ['one row a part', 1, 25 + 2 + 1],
    // 13 slices of observations; the 2 technology rows fit in one part and are not sliced.
    ['two rows a part', 2, 13 + 1],
  ])('%s (%i rows a part)', (_label, rowsPerPart, messages) => {
    const { posted, last } = split(decoded, rowsPerPart);
    expect(posted).toHaveLength(messages);
    expect(last.kind).toBe('decoded');
  });

  it('sends the last message without the sliced rows, so it is small', () => {
    const { last } = split(decoded, 1);
    expect(last.kind === 'decoded' && last.loaded.feed.observations).toEqual([]);
    expect(last.kind === 'decoded' && last.loaded.feed.technology).toEqual([]);
  });

  it.each([
    // rows per part: the count after each part, out of the rows in all the parts
    [10, [10, 20, 25], 25],
    // 25 observations in 13 parts, then the 2 technology rows in 1 part.
    [2, [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 25], 25],
    [1, Array.from({ length: 27 }, (_, i) => i + 1), 27],
  ])('counts the rows taken in, %i a part', (rowsPerPart, counts, total) => {
    const { parts } = split(decoded, rowsPerPart);
    const collector = rowsCollector();
    expect(parts.map((part) => collector.add(part))).toEqual(counts);
    expect(parts.every((part) => part.total === total)).toBe(true);
  });

  it('passes other replies through as they are', () => {
    const reply: FeedWorkerReply = { kind: 'kept', version: 'v2' };
    expect(toReplyParts(reply, 1)).toEqual([reply]);
    expect(joinReplyParts([], reply)).toBe(reply);
  });

  it('gives back the same reply, rows in order and keys in place, for any part size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: observations + 2 }), (rowsPerPart) => {
        const { parts, last } = split(structuredClone(decoded), rowsPerPart);
        const joined = joinReplyParts(structuredClone(parts), structuredClone(last));
        expect(joined).toEqual(decoded);
        const feed = joined.kind === 'decoded' ? joined.loaded.feed : null;
        expect(Object.keys(feed ?? {})).toEqual(Object.keys(loaded.feed));
      }),
      { seed: 18_6, numRuns: 40 },
    );
  });

  it('keeps every value of every row when it shares their repeated texts', () => {
    const long = 'x'.repeat(65);
    const rows = [
      { system: 'S1', period: '2026-Q1', coverage: 0.5, note: long, live: true },
      { system: 'S1', period: '2026-Q1', coverage: null, note: 'x'.repeat(64), live: false },
      { system: 'S2', period: '', coverage: 0, note: long, live: true },
    ];
    const part = {
      kind: 'feed-rows',
      table: 'technology',
      rows,
      total: 3,
    } as unknown as FeedRowsPart;
    const joined = joinReplyParts([structuredClone(part)], decoded);
    expect(joined.kind === 'decoded' && joined.loaded.feed.technology).toEqual(rows);
  });

  it('sends scores one period a part and gives back the same scores, periods in order', () => {
    const scores = scoreFeed(loaded.feed, defaultWeights(loaded.feed));
    const periods = Object.keys(scores.byPeriod);
    expect(periods.length).toBeGreaterThan(1);
    const posted = structuredClone(toReplyParts({ kind: 'scores', scores }));
    expect(posted.map((p) => p.kind)).toEqual([...periods.map(() => 'scores-period'), 'scores']);
    const collector = rowsCollector();
    for (const part of posted.slice(0, -1)) {
      if (part.kind === 'scores-period') collector.addPeriod(part);
    }
    const joined = collector.finish(posted.at(-1) as FeedWorkerReply);
    expect(joined).toEqual({ kind: 'scores', scores });
    expect(joined.kind === 'scores' && Object.keys(joined.scores.byPeriod)).toEqual(periods);
  });
});
