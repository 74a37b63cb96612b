import type { Feed } from '../domain/feed/feed-schema';
import { rankIntervals } from '../domain/scoring/ranks';
import { scoreFeed } from '../domain/scoring/score-feed';
import { checkDomainProduct } from '../domain/mesh/check-product';
import { readCatalogue } from '../domain/mesh/read-catalogue';
import { parseHexJson } from '../domain/geography/hexjson';
import { layoutForPeriod } from '../domain/geography/vintage-layout';
import { bodyBytes, wholeBody } from './body-text';
import type { FetchedBody } from './body-text';
import { decodeFeed } from './decode-feed';
import { decodeFeedBody } from './decode-feed-body';
import { productJson } from './mesh/product-json';
import { rowReferenceFor } from './mesh/row-reference-for';
import type { FeedWorkerReply, FeedWorkerRequest, SaveBody } from './feed-worker-messages';
import { saveLastGood } from './last-good/last-good-cache';
import { LoadError } from './load-error';

/**
 * The feeds a worker holds, newest last. Two are kept so that scores for the feed on screen can
 * still be answered while a refetched one is being decoded; older ones are dropped, since a large
 * feed is tens of megabytes.
 */
export interface FeedStore {
  feeds: Map<string, Feed>;
  capacity: number;
  nextId: number;
  /** The last good copies being written, in order: the page does not wait for them. */
  saving: Promise<void>;
}

export function createFeedStore(capacity = 2): FeedStore {
  return { feeds: new Map(), capacity, nextId: 1, saving: Promise.resolve() };
}

function keep(store: FeedStore, feed: Feed): string {
  const version = `v${store.nextId}`;
  store.nextId += 1;
  store.feeds.set(version, feed);
  for (const oldest of store.feeds.keys()) {
    if (store.feeds.size <= store.capacity) break;
    store.feeds.delete(oldest);
  }
  return version;
}

function decode(store: FeedStore, text: string, origin: string): FeedWorkerReply {
  try {
    const loaded = decodeFeed(text, origin);
    return { kind: 'decoded', version: keep(store, loaded.feed), loaded };
  } catch (error) {
    return loadFailed(error);
  }
}

function decodeBody(
  store: FeedStore,
  body: FetchedBody,
  origin: string,
  save: SaveBody | undefined,
): FeedWorkerReply {
  try {
    // Joined here once, for decoding and saving alike: the page never holds the 63 MB in one piece.
    const bytes = bodyBytes(body);
    const decoded = decodeFeedBody(wholeBody(bytes, body.contentType, body.status), origin);
    if (decoded.kind === 'catalogue') return { kind: 'catalogue-text', text: decoded.text };
    // Only a feed that passed its contract reaches this line, so only such a feed is saved. The
    // Cache API is the same in a worker, and `new Response` of 63 MB and the put cost the page
    // about 355 ms when it saved them itself.
    if (save) {
      const saved = new Map([[save.url, bytes]]);
      store.saving = store.saving.then(() => saveLastGood(saved, [], new Date(save.savedAt)));
    }
    return { kind: 'decoded', version: keep(store, decoded.loaded.feed), loaded: decoded.loaded };
  } catch (error) {
    return loadFailed(error);
  }
}

export function loadFailed(error: unknown): FeedWorkerReply {
  if (!(error instanceof LoadError)) throw error;
  const { failure, url, reason, status, resource } = error;
  return { kind: 'load-failed', failure, url, reason, resource, ...(status ? { status } : {}) };
}

function checkProduct(
  reference: Feed,
  request: Extract<FeedWorkerRequest, { kind: 'check-product' }>,
): FeedWorkerReply {
  let raw: unknown;
  try {
    raw = productJson(request.product);
  } catch (error) {
    return { kind: 'product-unreadable', reason: (error as Error).message };
  }
  const { entry, grants } = request;
  // The reference's lookups are made on the first product and reused for the rest of the mesh.
  const rows = rowReferenceFor(reference);
  return {
    kind: 'product-checked',
    check: checkDomainProduct({ raw, entry, reference: rows, grants }),
  };
}

function answer(store: FeedStore, request: FeedWorkerRequest): FeedWorkerReply {
  switch (request.kind) {
    case 'decode':
      return decode(store, request.text, request.origin);
    case 'decode-body':
      return decodeBody(store, request.body, request.origin, request.save);
    case 'ping':
      return { kind: 'pong' };
    case 'hex-layout':
      return { kind: 'hex-layout', parsed: parseHexJson(request.json) };
    case 'read-catalogue':
      return { kind: 'catalogue-read', result: readCatalogue(request.raw) };
    case 'save': {
      const { bodies, drop, savedAt } = request;
      store.saving = store.saving.then(() => saveLastGood(bodies, drop, new Date(savedAt)));
      return { kind: 'saving' };
    }
    case 'keep':
      return { kind: 'kept', version: keep(store, request.feed) };
    case 'scores':
    case 'intervals':
    case 'period-layout':
    case 'check-product': {
      const feed = store.feeds.get(request.version);
      if (!feed) return { kind: 'unknown-version', version: request.version };
      if (request.kind === 'check-product') return checkProduct(feed, request);
      if (request.kind === 'period-layout') {
        return {
          kind: 'period-layout',
          placed: layoutForPeriod(request.base, feed, request.period),
        };
      }
      return request.kind === 'scores'
        ? { kind: 'scores', scores: scoreFeed(feed, request.weights) }
        : { kind: 'intervals', intervals: rankIntervals(feed, request.period, request.weights) };
    }
  }
}

/**
 * The feed worker's whole behaviour, as a function from request to reply over a small store, so a
 * unit test can run it without a Worker. Never throws: a failure is a reply.
 */
export function handleFeedRequest(store: FeedStore, request: FeedWorkerRequest): FeedWorkerReply {
  try {
    return answer(store, request);
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
