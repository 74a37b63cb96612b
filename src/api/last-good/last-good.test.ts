import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { productId } from '../../testing/fixtures/mesh/minimal-mesh';
import { fakeCacheStorage } from '../../testing/fake-cache-storage';
import { server } from '../../testing/msw/server';
import { catalogueScenarios, feedScenarios } from '../../testing/msw/scenarios';
import { fetchFeed } from '../feed-query';
import type { FeedWorkerClient } from '../feed-worker-client';
import { LoadError } from '../load-error';
import { keepLastGood, lastGoodUrls } from './keep-last-good';
import { readLastGood } from './last-good-cache';
import { handOverNetworkBody, rememberNetworkBody, takeNetworkBodies } from './last-good-fetch';
import { savedCopyNotices } from './saved-copy-notices';
import { clearSavedCopy } from './saved-copy-notices';

const FEED = 'http://localhost/data/feed.json';
const CATALOGUE = 'http://localhost/data/mesh/catalogue.json';
const MESH = 'http://localhost/data/mesh/';
const SAVED_AT = new Date('2026-12-05T09:30:00Z');
const noWait = { delayMs: () => 0 };

beforeEach(() => {
  vi.stubGlobal('caches', fakeCacheStorage());
});
afterEach(() => {
  for (const notice of savedCopyNotices()) clearSavedCopy(notice.url);
  vi.unstubAllGlobals();
});

/** A first visit that loads and passes: what keepLastGood saves. */
async function loadAndKeep(url: string) {
  expect(await keepLastGood(await fetchFeed(url), SAVED_AT)).toBe(true);
}

describe('the last good data stands in when the network fails', () => {
  it.each([
    ['a network fault', 'networkError', /could not be reached/],
    ['an HTTP 500', 'serverError', /HTTP 500/],
  ] as const)(
    'after %s the saved feed is read, with its date and the failure',
    async (_, scenario, failure) => {
      await loadAndKeep(FEED);
      server.use(feedScenarios[scenario]);
      const loaded = await fetchFeed(FEED, undefined, noWait);
      expect(loaded.feed.metadata.title).toBe('Minimal test feed');
      expect(savedCopyNotices()).toEqual([
        { url: FEED, savedAt: SAVED_AT, failure: expect.stringMatching(failure) as string },
      ]);
    },
  );

  it.each([
    ['a 404 (an answer, not a fault)', 'notFound'],
    ['a body that is not JSON', 'invalidJson'],
  ] as const)('after %s the error is shown, not the saved copy', async (_, scenario) => {
    await loadAndKeep(FEED);
    server.use(feedScenarios[scenario]);
    await expect(fetchFeed(FEED, undefined, noWait)).rejects.toBeInstanceOf(LoadError);
    expect(savedCopyNotices()).toEqual([]);
  });

  it('with nothing saved, the network fault is the error, as before', async () => {
    server.use(feedScenarios.networkError);
    const error: unknown = await fetchFeed(FEED, undefined, noWait).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'network', transient: true });
  });

  it('a fresh network copy clears the notice', async () => {
    await loadAndKeep(FEED);
    server.use(feedScenarios.networkError);
    await fetchFeed(FEED, undefined, noWait);
    server.resetHandlers();
    await fetchFeed(FEED);
    expect(savedCopyNotices()).toEqual([]);
  });
});

describe('only data that passed its contract is saved', () => {
  it('a feed that fails its contract is never saved, even when a good one is saved after it', async () => {
    const broken = 'http://localhost/data/broken.json';
    server.use(http.get(broken, () => HttpResponse.json({ metadata: { schemaVersion: '2.0' } })));
    await expect(fetchFeed(broken)).rejects.toMatchObject({ failure: 'unusable-feed' });
    await loadAndKeep(FEED);
    expect(await readLastGood(broken)).toBeNull();
    expect(await readLastGood(FEED)).toMatchObject({ savedAt: SAVED_AT });
  });

  it('data replayed from the saved copy is not saved again with a new date', async () => {
    await loadAndKeep(FEED);
    server.use(feedScenarios.networkError);
    const replayed = await fetchFeed(FEED, undefined, noWait);
    expect(await keepLastGood(replayed, new Date('2026-12-06T10:00:00Z'))).toBe(false);
    expect((await readLastGood(FEED))?.savedAt).toEqual(SAVED_AT);
  });
});

describe('a mesh is saved as its catalogue, reference and the products that passed', () => {
  it('lists the missing product to drop, and replays the rest offline', async () => {
    const missing = `${MESH}products/${productId('S2')}.json`;
    server.use(http.get(missing, () => new HttpResponse(null, { status: 404 })));
    const loaded = await fetchFeed(CATALOGUE);
    const urls = lastGoodUrls(loaded);
    expect(urls.root).toBe(CATALOGUE);
    expect(urls.save).toEqual([
      CATALOGUE,
      `${MESH}reference.json`,
      ...['S1', 'S3', 'S4'].map((s) => `${MESH}products/${productId(s)}.json`),
    ]);
    expect(urls.drop).toEqual([missing]);
    await keepLastGood(loaded, SAVED_AT);

    server.use(
      catalogueScenarios.networkError,
      http.get(`${MESH}*`, () => HttpResponse.error()),
    );
    const offline = await fetchFeed(CATALOGUE, undefined, noWait);
    expect([...offline.mesh!.outcomes.values()].map((o) => [o.id, o.kind])).toEqual(
      [...loaded.mesh!.outcomes.values()].map((o) => [o.id, o.kind]),
    );
    expect(offline.feed.observations).toEqual(loaded.feed.observations);
  });
});

describe('a large body handed to the feed worker is saved there, not by the page', () => {
  const bytes = new TextEncoder().encode('{}');
  const body = { chunks: [bytes], length: bytes.length };

  it('hands over a fresh network body once, and the page then has nothing to save', () => {
    rememberNetworkBody(FEED, 'feed', body);
    expect(handOverNetworkBody(FEED)).toBe(FEED);
    expect(handOverNetworkBody(FEED)).toBeNull();
    expect(takeNetworkBodies([FEED])).toEqual(new Map());
  });

  it('hands over nothing for a body that did not come from the network (a saved copy)', () => {
    expect(handOverNetworkBody(FEED)).toBeNull();
  });

  it('the page still saves a body it kept, joined from its chunks', () => {
    const chunks = [bytes.slice(0, 1), bytes.slice(1)];
    rememberNetworkBody(FEED, 'feed', { chunks, length: bytes.length });
    expect(takeNetworkBodies([FEED])).toEqual(new Map([[FEED, bytes]]));
  });
});

describe('a mesh is saved once it has finished loading', () => {
  const productUrls = ['S1', 'S2', 'S3', 'S4'].map((s) => `${MESH}products/${productId(s)}.json`);

  it('not while it arrives: the finished mesh then saves every product that passed', async () => {
    const loaded = await fetchFeed(CATALOGUE);
    const mesh = loaded.mesh!;
    const arriving = new Map(mesh.outcomes);
    arriving.set(productId('S4'), { kind: 'pending', id: productId('S4') });
    const partial = { ...loaded, mesh: { ...mesh, outcomes: arriving, complete: false } };
    expect(await keepLastGood(partial, SAVED_AT, null)).toBe(false);
    expect(await keepLastGood(loaded, SAVED_AT, null)).toBe(true);
    for (const url of [CATALOGUE, `${MESH}reference.json`, ...productUrls]) {
      expect(await readLastGood(url)).toMatchObject({ savedAt: SAVED_AT });
    }
  });

  it('hands the save to the feed worker where there is one, not the page', async () => {
    const loaded = await fetchFeed(CATALOGUE);
    const saves: [string[], readonly string[], Date][] = [];
    const worker = {
      save: (bodies: ReadonlyMap<string, Uint8Array>, drop: readonly string[], at: Date) => {
        saves.push([[...bodies.keys()], drop, at]);
        return Promise.resolve();
      },
    } as unknown as FeedWorkerClient;
    expect(await keepLastGood(loaded, SAVED_AT, worker)).toBe(true);
    expect(saves).toEqual([[lastGoodUrls(loaded).save, [], SAVED_AT]]);
    expect(await readLastGood(CATALOGUE)).toBeNull();
  });
});
