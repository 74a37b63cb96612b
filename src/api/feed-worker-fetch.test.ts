import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { fakeCacheStorage } from '../testing/fake-cache-storage';
import { createFeedWorkerEndpoint, fetchAndDecode } from './feed-worker-fetch';
import type { FetchDecodeOptions } from './feed-worker-fetch';
import { createFeedStore } from './feed-worker-handler';
import type { FetchDecodeRequest, FetchProgressPart } from './feed-worker-messages';
import { readLastGood } from './last-good/last-good-cache';

const json = JSON.stringify(minimalFeed);
const bytes = new TextEncoder().encode(json);
const HREF = 'https://dash.example/data/big.json';
const request: FetchDecodeRequest = {
  kind: 'fetch-decode',
  url: '/data/big.json',
  href: HREF,
  pageOrigin: 'https://dash.example',
};

/** A body that sends these pieces of the bytes, then ends, or, with `hang`, never ends. */
function streamOf(pieces: Uint8Array[], hang = false, signal?: AbortSignal) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      if (!hang) controller.close();
      signal?.addEventListener('abort', () => controller.error(signal.reason));
    },
  });
}

/** The bytes in pieces of this size. */
function pieces(of: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let start = 0; start < of.length; start += size) out.push(of.slice(start, start + size));
  return out;
}

type Answer = (input: string, init: RequestInit) => Promise<Response>;

/** A fetch that answers each call by `answer`, recording the addresses asked for. */
function fakeFetch(answer: Answer) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = ((input: string, init: RequestInit = {}) => {
    calls.push({ url: input, init });
    return answer(input, init);
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const ok = (stream: ReadableStream<Uint8Array>, length?: number) =>
  new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': 'application/json',
      ...(length === undefined ? {} : { 'Content-Length': String(length) }),
    },
  });

async function run(answer: Answer, options: FetchDecodeOptions = {}, sent = request) {
  const store = createFeedStore();
  const posted: FetchProgressPart[] = [];
  const { fetchImpl, calls } = fakeFetch(answer);
  const controller = new AbortController();
  const reply = await fetchAndDecode(store, sent, controller.signal, (part) => posted.push(part), {
    fetchImpl,
    ...options,
  });
  return { reply, posted, store, calls };
}

describe('the feed worker fetching a URL feed itself (issue 18 item 6)', () => {
  beforeEach(() => vi.stubGlobal('caches', fakeCacheStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the resolved address, posts its progress, then decodes, keeps and saves the feed', async () => {
    let clock = 0;
    const { reply, posted, store, calls } = await run(
      () => Promise.resolve(ok(streamOf(pieces(bytes, 1000)), bytes.length)),
      // Each chunk 60 ms after the last: every second one is posted, at most one per 100 ms.
      { now: () => (clock += 60) },
      { ...request, save: { url: HREF, savedAt: '2026-12-07T10:00:00.000Z' } },
    );
    expect(calls.map((call) => call.url)).toEqual([HREF]);
    expect(reply).toMatchObject({
      kind: 'decoded',
      version: 'v1',
      loaded: { url: '/data/big.json' },
    });
    expect(reply.kind === 'decoded' && reply.loaded.feed.metadata.title).toBe('Minimal test feed');
    expect(store.feeds.size).toBe(1);
    const downloading = posted.filter((part) => part.phase === 'downloading');
    expect(downloading[0]).toEqual({
      kind: 'fetch-progress',
      phase: 'downloading',
      received: 1000,
      total: bytes.length,
    });
    expect(downloading.length).toBe(Math.ceil(pieces(bytes, 1000).length / 2));
    expect(posted.at(-1)).toEqual({
      kind: 'fetch-progress',
      phase: 'reading',
      received: bytes.length,
      total: bytes.length,
    });
    await store.saving;
    const saved = await readLastGood(HREF);
    expect(saved && new TextDecoder().decode(saved.bytes)).toBe(json);
  });

  it('hands a catalogue back as text and saves nothing', async () => {
    const catalogue = new TextEncoder().encode('{"catalogueVersion": "1.0", "products": []}');
    const { reply, store } = await run(
      () => Promise.resolve(ok(streamOf([catalogue]))),
      {},
      {
        ...request,
        save: { url: HREF, savedAt: '2026-12-07T10:00:00.000Z' },
      },
    );
    expect(reply).toEqual({ kind: 'catalogue-text', text: new TextDecoder().decode(catalogue) });
    await store.saving;
    expect(await readLastGood(HREF)).toBeNull();
  });

  it.each([
    {
      name: 'an HTTP 404',
      answer: () => Promise.resolve(new Response('nope', { status: 404, statusText: 'Not Found' })),
      expected: {
        failure: 'http',
        status: 404,
        reason:
          'The server answered HTTP 404 Not Found: there is nothing at this address; check the link',
      },
    },
    {
      name: 'a body cut off part-way',
      answer: () => Promise.resolve(ok(streamOf([bytes.slice(0, 100)]), 200_000)),
      expected: {
        failure: 'cut-off',
        status: 200,
        reason: 'The download was cut off after 0.0 MB of 0.2 MB',
      },
    },
    {
      name: 'a body that stalls',
      answer: (_url: string, init: RequestInit) =>
        Promise.resolve(ok(streamOf([bytes.slice(0, 100)], true, init.signal ?? undefined))),
      expected: {
        failure: 'stalled',
        status: 200,
        reason: 'The download stalled: no data for 0.05 seconds after 0.0 MB',
      },
    },
    {
      name: 'a server that never answers',
      answer: (_url: string, init: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
      expected: { failure: 'timeout', reason: 'No answer within 0.05 seconds' },
    },
    {
      name: 'a cross-site server that refuses the read (the page’s origin passed in)',
      answer: (_url: string, init: RequestInit) =>
        init.mode === 'no-cors'
          ? Promise.resolve(new Response(''))
          : Promise.reject(new TypeError('Failed to fetch')),
      expected: { failure: 'cors' },
      sent: { ...request, pageOrigin: 'https://other.example' },
    },
  ])(
    'replies load-failed for $name, naming the address as the page did',
    async ({ answer, expected, sent }) => {
      const { reply, store } = await run(answer, { firstByteMs: 50, stallMs: 50 }, sent);
      expect(reply).toMatchObject({
        kind: 'load-failed',
        url: '/data/big.json',
        resource: 'feed',
        ...expected,
      });
      expect(store.feeds.size).toBe(0);
    },
  );

  it('stops the fetch when the page cancels it, and replies fetch-stopped', async () => {
    const store = createFeedStore();
    const out: { id: number; kind: string }[] = [];
    let fetchSignal: AbortSignal | undefined;
    const { fetchImpl } = fakeFetch((_url, init) => {
      fetchSignal = init.signal ?? undefined;
      return Promise.resolve(ok(streamOf([bytes.slice(0, 10)], true, fetchSignal)));
    });
    const endpoint = createFeedWorkerEndpoint(
      store,
      ({ id, message }) => out.push({ id, kind: message.kind }),
      { fetchImpl, stallMs: 60_000 },
    );
    endpoint({ id: 7, message: request });
    await vi.waitFor(() => expect(out).toContainEqual({ id: 7, kind: 'fetch-progress' }));
    endpoint({ id: 8, message: { kind: 'cancel', request: 7 } });
    await vi.waitFor(() => expect(out).toContainEqual({ id: 7, kind: 'fetch-stopped' }));
    expect(fetchSignal?.aborted).toBe(true);
    expect(out.filter((sent) => sent.id === 8)).toEqual([]);
    expect(store.feeds.size).toBe(0);
  });
});
