import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHexJson } from '../domain/geography/hexjson';
import { layoutForPeriod } from '../domain/geography/vintage-layout';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import type { FetchedBody } from './body-text';
import { createFeedStore, handleFeedRequest } from './feed-worker-handler';

const json = JSON.stringify(minimalFeed);
const utf8 = (text: string) => new TextEncoder().encode(text);
const body = (bytes: Uint8Array, contentType = 'application/json'): FetchedBody => ({
  bytes,
  contentType,
  status: 200,
});

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
