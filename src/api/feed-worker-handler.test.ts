import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeCacheStorage } from '../testing/fake-cache-storage';
import { readLastGood, saveLastGood } from './last-good/last-good-cache';
import type { Feed } from '../domain/feed/feed-schema';
import { rankIntervals } from '../domain/scoring/ranks';
import { scoreFeed } from '../domain/scoring/score-feed';
import { defaultWeights } from '../domain/scoring/weights';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { minimalHexJson } from '../testing/fixtures/geo/minimal-hexjson';
import { createFeedStore, handleFeedRequest } from './feed-worker-handler';
import type { FeedWorkerReply } from './feed-worker-messages';

const text = JSON.stringify(minimalFeed);

function decoded(reply: FeedWorkerReply) {
  if (reply.kind !== 'decoded') throw new Error(`expected decoded, got ${reply.kind}`);
  return reply;
}

describe('handleFeedRequest', () => {
  it.each([
    ['a good layout', minimalHexJson, { ok: true, layout: minimalHexJson }],
    [
      'two hexes in one cell',
      { layout: 'odd-r', hexes: { A: { q: 1, r: 2 }, B: { q: 1, r: 2 } } },
      { ok: false, reason: 'hexes.B: hexes A and B share the cell q=1, r=2' },
    ],
    ['an unknown layout', { layout: 'odd-x', hexes: {} }, { ok: false }],
  ])('checks a map layout (%s) as the page would, with its reason', (_label, json, expected) => {
    const reply = handleFeedRequest(createFeedStore(), { kind: 'hex-layout', json });
    expect(reply).toMatchObject({ kind: 'hex-layout', parsed: expected });
  });

  it('decodes once, then scores and ranks by version exactly as the domain does', () => {
    const store = createFeedStore();
    const { version, loaded } = decoded(
      handleFeedRequest(store, { kind: 'decode', text, origin: 'feed.json' }),
    );
    expect(loaded.url).toBe('feed.json');
    const feed: Feed = loaded.feed;
    const weights = defaultWeights(feed);
    const period = '2026-Q2';
    expect(handleFeedRequest(store, { kind: 'scores', version, weights })).toEqual({
      kind: 'scores',
      scores: scoreFeed(feed, weights),
    });
    expect(handleFeedRequest(store, { kind: 'intervals', version, weights, period })).toEqual({
      kind: 'intervals',
      intervals: rankIntervals(feed, period, weights),
    });
  });

  it.each([
    ['not JSON', '{"metadata', 'not-json'],
    ['JSON that is not a feed', '{"hello": 1}', 'unusable-feed'],
  ])('replies load-failed for %s and keeps nothing', (_name, body, failure) => {
    const store = createFeedStore();
    const reply = handleFeedRequest(store, { kind: 'decode', text: body, origin: 'x.json' });
    expect(reply).toMatchObject({ kind: 'load-failed', failure, url: 'x.json' });
    expect(store.feeds.size).toBe(0);
  });

  it('says so when asked about a version it does not hold, so the caller can send the feed', () => {
    const store = createFeedStore();
    const weights = defaultWeights(minimalFeed);
    expect(handleFeedRequest(store, { kind: 'scores', version: 'v9', weights })).toEqual({
      kind: 'unknown-version',
      version: 'v9',
    });
  });

  it('keeps a handed-over feed and drops the oldest beyond its capacity', () => {
    const store = createFeedStore(2);
    const feed = minimalFeed as unknown as Feed;
    const versions = [1, 2, 3].map(() => {
      const reply = handleFeedRequest(store, { kind: 'keep', feed });
      return reply.kind === 'kept' ? reply.version : '';
    });
    expect(versions).toEqual(['v1', 'v2', 'v3']);
    expect([...store.feeds.keys()]).toEqual(['v2', 'v3']);
    const weights = defaultWeights(feed);
    expect(handleFeedRequest(store, { kind: 'scores', version: 'v1', weights }).kind).toBe(
      'unknown-version',
    );
  });

  it('turns an exception while scoring into an error reply', () => {
    const store = createFeedStore();
    store.feeds.set('v1', { periods: null } as unknown as Feed);
    const weights = defaultWeights(minimalFeed);
    expect(handleFeedRequest(store, { kind: 'scores', version: 'v1', weights }).kind).toBe('error');
  });
});

describe('the feed worker saves the last good copy', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the bodies and forgets `drop` after answering, so the page does not wait', async () => {
    vi.stubGlobal('caches', fakeCacheStorage());
    const store = createFeedStore();
    const bytes = new TextEncoder().encode('{"a":1}');
    const saved = 'http://localhost/data/mesh/products/a.json';
    const dropped = 'http://localhost/data/mesh/products/b.json';
    const savedAt = '2026-12-07T02:00:00.000Z';
    await saveLastGood(new Map([[dropped, bytes]]), [], new Date('2026-12-01T09:00:00Z'));
    expect(await readLastGood(dropped)).not.toBeNull();
    const reply = handleFeedRequest(store, {
      kind: 'save',
      bodies: new Map([[saved, bytes]]),
      drop: [dropped],
      savedAt,
    });
    expect(reply).toEqual({ kind: 'saving' });
    await store.saving;
    expect(await readLastGood(saved)).toEqual({ bytes, savedAt: new Date(savedAt) });
    expect(await readLastGood(dropped)).toBeNull();
  });
});
