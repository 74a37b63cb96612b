import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { fakeCacheStorage } from '../testing/fake-cache-storage';
import { inProcessFeedWorker } from '../testing/in-process-feed-worker';
import { bodyBytes } from './body-text';
import { fetchFeedInWorker } from './fetch-feed-in-worker';
import { readLastGood, saveLastGood } from './last-good/last-good-cache';
import { takeNetworkBodies } from './last-good/last-good-fetch';
import { clearSavedCopy, noteSavedCopy, savedCopyNotices } from './last-good/saved-copy-notices';

const URL_ = 'http://localhost/data/big.json';
const json = JSON.stringify(minimalFeed);
const utf8 = (text: string) => new TextEncoder().encode(text);
const SAVED_AT = new Date('2026-12-01T09:30:00.000Z');
const NOW = new Date('2026-12-07T12:00:00.000Z');

/** The network as the worker's fetch sees it (the in-process worker runs in this thread). */
function network(answer: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(answer));
}

async function attempt(signal = new AbortController().signal) {
  const { client, sent } = inProcessFeedWorker();
  const progress: [number, number | null][] = [];
  const result = await fetchFeedInWorker(
    client,
    URL_,
    signal,
    (received, total) => progress.push([received, total]),
    () => NOW,
  );
  return { result, progress, sent };
}

describe('one attempt at a URL feed in the feed worker (issue 18 item 6)', () => {
  beforeEach(() => vi.stubGlobal('caches', fakeCacheStorage()));
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const notice of savedCopyNotices()) clearSavedCopy(notice.url);
    takeNetworkBodies([]);
  });

  it('hands back the feed the worker fetched and read, which the worker saves with the time', async () => {
    network(() => Promise.resolve(new Response(utf8(json))));
    noteSavedCopy({ url: URL_, savedAt: SAVED_AT, failure: 'earlier' });
    const { result, progress, sent } = await attempt();
    expect(result.kind === 'feed' && result.loaded.feed.metadata.title).toBe('Minimal test feed');
    expect(progress.at(-1)).toEqual([utf8(json).length, null]);
    expect(sent).toMatchObject([
      { kind: 'ping' },
      { kind: 'fetch-decode', url: URL_, save: { url: URL_, savedAt: NOW.toISOString() } },
    ]);
    // A fresh network copy: the notice that the saved copy is shown goes.
    expect(savedCopyNotices()).toEqual([]);
    await vi.waitFor(async () => expect((await readLastGood(URL_))?.savedAt).toEqual(NOW));
  });

  it('remembers a catalogue’s text for the page to save with its mesh', async () => {
    const catalogue = '{"catalogueVersion": "1.0", "products": []}';
    network(() => Promise.resolve(new Response(utf8(catalogue))));
    const { result } = await attempt();
    expect(result).toEqual({ kind: 'catalogue', text: catalogue });
    const kept = takeNetworkBodies([URL_]).get(URL_);
    expect(kept && new TextDecoder().decode(kept)).toBe(catalogue);
  });

  it('falls back to the saved copy when the worker’s fetch meets a network fault', async () => {
    await saveLastGood(new Map([[URL_, utf8(json)]]), [], SAVED_AT);
    network(() => Promise.resolve(new Response('down', { status: 503 })));
    const { result } = await attempt();
    expect(result.kind).toBe('saved-body');
    expect(result.kind === 'saved-body' && new TextDecoder().decode(bodyBytes(result.body))).toBe(
      json,
    );
    expect(savedCopyNotices()).toEqual([
      {
        url: URL_,
        savedAt: SAVED_AT,
        failure: 'The server answered HTTP 503; this is often temporary',
      },
    ]);
  });

  it.each([
    ['a 404 (the publisher’s answer, not a fault)', 404, 'http'],
    ['a body that is not a feed', 200, 'unusable-feed'],
  ])('shows %s as its error even with a saved copy', async (_name, status, failure) => {
    await saveLastGood(new Map([[URL_, utf8(json)]]), [], SAVED_AT);
    network(() => Promise.resolve(new Response('{"hello": 1}', { status })));
    await expect(attempt()).rejects.toMatchObject({ name: 'LoadError', failure, url: URL_ });
    expect(savedCopyNotices()).toEqual([]);
  });
});
