import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHexJson } from '../domain/geography/hexjson';
import { layoutForPeriod } from '../domain/geography/vintage-layout';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { fakeCacheStorage } from '../testing/fake-cache-storage';
import { wholeBody } from './body-text';
import type { FetchedBody } from './body-text';
import { createFeedStore, handleFeedRequest } from './feed-worker-handler';
import { readLastGood } from './last-good/last-good-cache';

const json = JSON.stringify(minimalFeed);
const utf8 = (text: string) => new TextEncoder().encode(text);
const body = (bytes: Uint8Array, contentType = 'application/json'): FetchedBody =>
  wholeBody(bytes, contentType);

/** The bytes cut at these offsets into separate chunks, each on its own buffer, as a read gives. */
function chunked(bytes: Uint8Array, cuts: number[]): FetchedBody {
  const ends = [...cuts, bytes.length];
  const chunks = ends.map((end, i) => bytes.slice(i === 0 ? 0 : ends[i - 1], end));
  return { chunks, length: bytes.length, contentType: 'application/json', status: 200 };
}

/** UTF-16 little-endian with its byte-order mark, as some editors save JSON. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('the feed worker decoding a fetched body (issue 18: bytes cross, not a text)', () => {
  it.each([
    ['UTF-8', utf8(json)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)])],
    ['UTF-16LE with a byte-order mark', utf16le(json)],
  ])('decodes, parses and keeps a feed sent as %s', (_name, bytes) => {
    const store = createFeedStore();
    const reply = handleFeedRequest(store, {
      kind: 'decode-body',
      body: body(bytes),
      origin: 'f.json',
    });
    expect(reply).toMatchObject({ kind: 'decoded', version: 'v1', loaded: { url: 'f.json' } });
    expect(reply.kind === 'decoded' && reply.loaded.feed.metadata.title).toBe('Minimal test feed');
    expect(store.feeds.size).toBe(1);
  });

  it.each([
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x7b, 0x22, 0x4d, 0xf4, 0x6e]),
      'json',
      'bad-encoding',
    ],
    ['a web page', utf8('<!doctype html><p>Sign in'), 'json', 'html-instead-of-json'],
    [
      'bad bytes the server calls HTML',
      new Uint8Array([0xff, 0x3c]),
      'html',
      'html-instead-of-json',
    ],
    ['text that is not JSON', utf8('{"metadata'), 'json', 'not-json'],
    ['JSON that is not a feed', utf8('{"hello": 1}'), 'json', 'unusable-feed'],
  ] as const)(
    'replies load-failed for %s, with the status, and keeps nothing',
    (_n, bytes, type, failure) => {
      const store = createFeedStore();
      const contentType = type === 'html' ? 'text/html' : 'application/json';
      const reply = handleFeedRequest(store, {
        kind: 'decode-body',
        body: body(bytes, contentType),
        origin: 'f.json',
      });
      expect(reply).toMatchObject({ kind: 'load-failed', failure, url: 'f.json' });
      if (failure === 'bad-encoding' || failure === 'html-instead-of-json') {
        expect(reply).toMatchObject({ status: 200 });
      }
      expect(store.feeds.size).toBe(0);
    },
  );

  it('hands a mesh catalogue back as text for the page to federate', () => {
    const catalogue = '{"catalogueVersion": "1.0", "products": []}';
    const store = createFeedStore();
    const reply = handleFeedRequest(store, {
      kind: 'decode-body',
      body: body(utf8(catalogue)),
      origin: 'c.json',
    });
    expect(reply).toEqual({ kind: 'catalogue-text', text: catalogue });
    expect(store.feeds.size).toBe(0);
  });

  it('places the kept feed on a base layout for a period exactly as the domain does', () => {
    const parsed = parseHexJson(JSON.parse(readFileSync('public/geo/icb23.hexjson', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.reason);
    const store = createFeedStore();
    const decoded = handleFeedRequest(store, {
      kind: 'decode-body',
      body: body(utf8(json)),
      origin: 'f.json',
    });
    if (decoded.kind !== 'decoded') throw new Error(decoded.kind);
    const period = '2026-Q2';
    const reply = handleFeedRequest(store, {
      kind: 'period-layout',
      version: decoded.version,
      base: parsed.layout,
      period,
    });
    expect(reply).toEqual({
      kind: 'period-layout',
      placed: layoutForPeriod(parsed.layout, decoded.loaded.feed, period),
    });
  });
});

describe('the feed worker joins the chunks and saves the last good copy (issue 18 item 6)', () => {
  const URL_ = 'http://localhost/bench/big-feed.json';
  const SAVED_AT = '2026-12-06T23:10:00.000Z';
  beforeEach(() => vi.stubGlobal('caches', fakeCacheStorage()));
  afterEach(() => vi.unstubAllGlobals());

  const titled = json.replace('Minimal test feed', 'Minimal test feed é');
  // "é" is two bytes in UTF-8 (0xc3 0xa9); the cut after the 0xc3 splits the character.
  const insideE = utf8(titled.slice(0, titled.indexOf('é'))).length + 1;
  it.each([
    ['one chunk', []],
    ['three chunks', [10, 200]],
    ['a cut inside a two-byte character', [insideE]],
  ])('reads a feed that came as %s exactly as the whole bytes', (_name, cuts) => {
    const reply = handleFeedRequest(createFeedStore(), {
      kind: 'decode-body',
      body: chunked(utf8(titled), cuts),
      origin: 'f.json',
    });
    expect(reply.kind === 'decoded' && reply.loaded.feed.metadata.title).toBe(
      'Minimal test feed é',
    );
  });

  it('saves a feed that passed, as the bytes that came, with the date the page gave', async () => {
    const store = createFeedStore();
    const bytes = utf8(json);
    const reply = handleFeedRequest(store, {
      kind: 'decode-body',
      body: chunked(bytes, [100, 1000]),
      origin: URL_,
      save: { url: URL_, savedAt: SAVED_AT },
    });
    expect(reply.kind).toBe('decoded');
    await store.saving;
    const saved = await readLastGood(URL_);
    expect(saved?.savedAt.toISOString()).toBe(SAVED_AT);
    expect(saved && new TextDecoder().decode(saved.bytes)).toBe(json);
  });

  it.each([
    ['JSON that is not a feed', '{"metadata": {"schemaVersion": "2.0"}}'],
    ['text that is not JSON', '{"metadata'],
    [
      'a mesh catalogue (saved by the page once its mesh loads)',
      '{"catalogueVersion": "1.0", "products": []}',
    ],
  ])('never saves %s', async (_name, text) => {
    const store = createFeedStore();
    const reply = handleFeedRequest(store, {
      kind: 'decode-body',
      body: body(utf8(text)),
      origin: URL_,
      save: { url: URL_, savedAt: SAVED_AT },
    });
    expect(reply.kind).not.toBe('decoded');
    await store.saving;
    expect(await readLastGood(URL_)).toBeNull();
  });

  it('saves nothing when not asked to (a body replayed from the saved copy)', async () => {
    const store = createFeedStore();
    handleFeedRequest(store, { kind: 'decode-body', body: body(utf8(json)), origin: URL_ });
    await store.saving;
    expect(await readLastGood(URL_)).toBeNull();
  });
});
