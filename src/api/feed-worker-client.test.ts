import { describe, expect, it } from 'vitest';
import { productBody } from '../testing/fixtures/mesh/product-body';
import { rankIntervals } from '../domain/scoring/ranks';
import { scoreFeed } from '../domain/scoring/score-feed';
import { defaultWeights } from '../domain/scoring/weights';
import { grantOwnership } from '../domain/mesh/ownership';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import {
  entryFor,
  minimalCatalogue,
  productFor,
  SYSTEMS,
} from '../testing/fixtures/mesh/minimal-mesh';
import { createFeedWorkerClient, WorkerUnavailable } from './feed-worker-client';
import type { WorkerLike } from './feed-worker-client';
import { createFeedStore, handleFeedRequest } from './feed-worker-handler';
import type { FeedWorkerRequest } from './feed-worker-messages';
import { toReplyParts } from './feed-worker-parts';
import { decodeFeed } from './decode-feed';
import type { FetchedBody } from './body-text';

const text = JSON.stringify(minimalFeed);

/**
 * A stand-in worker that runs the real handler asynchronously and clones every message both ways,
 * as a browser does, recording what the page sent. Replies go out in parts as the real worker
 * posts them, each in its own task; `rowsPerPart` makes the small fixture's tables slice.
 */
function fakeWorker(capacity = 2, rowsPerPart = Infinity) {
  const store = createFeedStore(capacity);
  const sent: FeedWorkerRequest['kind'][] = [];
  const transferred: number[] = [];
  let spawned = 0;
  const spawn = (): WorkerLike => {
    spawned += 1;
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (envelope, transfer = []) => {
        const { id, message } = structuredClone(envelope, { transfer });
        sent.push(message.kind);
        transferred.push(transfer.length);
        setTimeout(() => {
          for (const part of toReplyParts(handleFeedRequest(store, message), rowsPerPart)) {
            setTimeout(() => {
              const reply = structuredClone({ id, message: part });
              worker.onmessage?.({ data: reply } as MessageEvent<typeof reply>);
            }, 0);
          }
        }, 0);
      },
    };
    return worker;
  };
  return { spawn, sent, transferred, spawned: () => spawned };
}

/** A body read in three chunks, each on its own buffer, as a stream reader hands them over. */
function chunkedBody(json: string): FetchedBody {
  const bytes = new TextEncoder().encode(json);
  const chunks = [bytes.slice(0, 5), bytes.slice(5, 300), bytes.slice(300)];
  return { chunks, length: bytes.length, contentType: 'application/json', status: 200 };
}

describe('createFeedWorkerClient', () => {
  it('decodes in one worker and scores by version, never sending the feed again', async () => {
    const fake = fakeWorker();
    const client = createFeedWorkerClient(fake.spawn);
    const { feed } = await client.decode(text, 'feed.json');
    const weights = defaultWeights(feed);
    expect(await client.scores(feed, weights)).toEqual(scoreFeed(feed, weights));
    expect(await client.intervals(feed, weights, '2026-Q1')).toEqual(
      rankIntervals(feed, '2026-Q1', weights),
    );
    expect(fake.sent).toEqual(['decode', 'scores', 'intervals']);
    expect(fake.spawned()).toBe(1);
  });

  it('puts together a feed sent in slices, two decodes interleaved, and scores it by version', async () => {
    const fake = fakeWorker(2, 3);
    const client = createFeedWorkerClient(fake.spawn);
    const other = { ...minimalFeed, observations: minimalFeed.observations.slice(0, 7) };
    const [first, second] = await Promise.all([
      client.decode(text, 'a.json'),
      client.decode(JSON.stringify(other), 'b.json'),
    ]);
    expect(first).toEqual(decodeFeed(text, 'a.json'));
    expect(second).toEqual(decodeFeed(JSON.stringify(other), 'b.json'));
    const weights = defaultWeights(first.feed);
    expect(await client.scores(first.feed, weights)).toEqual(scoreFeed(first.feed, weights));
    expect(fake.sent).toEqual(['decode', 'decode', 'scores']);
  });

  it('hands the feed over once when the worker has dropped it, then answers', async () => {
    const fake = fakeWorker(1);
    const client = createFeedWorkerClient(fake.spawn);
    const first = await client.decode(text, 'a.json');
    await client.decode(text, 'b.json');
    const weights = defaultWeights(first.feed);
    expect(await client.scores(first.feed, weights)).toEqual(scoreFeed(first.feed, weights));
    expect(await client.scores(first.feed, weights)).toEqual(scoreFeed(first.feed, weights));
    expect(fake.sent).toEqual(['decode', 'decode', 'scores', 'keep', 'scores', 'scores']);
  });

  it('hands a feed over once for requests made together (six mesh products at once)', async () => {
    const fake = fakeWorker();
    const client = createFeedWorkerClient(fake.spawn);
    const referenceFeed = { ...minimalFeed, observations: [], technology: [] };
    const grants = grantOwnership(minimalCatalogue());
    const checks = await Promise.all(
      SYSTEMS.map((system) =>
        client.checkProduct(
          referenceFeed,
          productBody(`${system}.json`, JSON.stringify(productFor(system))),
          entryFor(system),
          grants,
        ),
      ),
    );
    expect(checks.map((check) => check.ok)).toEqual([true, true, true, true]);
    // One feed hand-over, whatever the order of the replies; before, each request sent its own
    // and the worker's two-feed store evicted the copies the others were about to use.
    expect(fake.sent.filter((kind) => kind === 'keep')).toHaveLength(1);
    expect(fake.sent.filter((kind) => kind === 'check-product')).toHaveLength(4);
  });

  it('rejects with a LoadError when the feed is unusable', async () => {
    const client = createFeedWorkerClient(fakeWorker().spawn);
    await expect(client.decode('{"hello": 1}', 'bad.json')).rejects.toMatchObject({
      name: 'LoadError',
      failure: 'unusable-feed',
      url: 'bad.json',
    });
  });

  it('rejects in-flight requests as WorkerUnavailable when the worker dies, and restarts', async () => {
    let spawned = 0;
    const dying = (): WorkerLike => {
      spawned += 1;
      const worker: WorkerLike = {
        onmessage: null,
        onerror: null,
        terminate: () => undefined,
        postMessage: () => setTimeout(() => worker.onerror?.({ message: 'boom' } as ErrorEvent), 0),
      };
      return worker;
    };
    const client = createFeedWorkerClient(dying);
    await expect(client.decode(text, 'feed.json')).rejects.toBeInstanceOf(WorkerUnavailable);
    await expect(client.decode(text, 'feed.json')).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(spawned).toBe(2);
  });

  it("transfers a body's chunks to a worker that has answered, not a copy (issue 18)", async () => {
    const fake = fakeWorker();
    const client = createFeedWorkerClient(fake.spawn);
    const body = chunkedBody(text);
    const decoded = await client.decodeBody(body, 'feed.json');
    expect(decoded).toEqual({ kind: 'feed', loaded: decodeFeed(text, 'feed.json') });
    expect(fake.sent).toEqual(['ping', 'decode-body']);
    expect(fake.transferred).toEqual([0, 3]);
    // Transferred: the page no longer holds the bytes.
    expect(body.chunks.map((chunk) => chunk.byteLength)).toEqual([0, 0, 0]);
  });

  it('keeps the body on the page when the worker cannot start, so the page can read it', async () => {
    const dead = (): WorkerLike => {
      const worker: WorkerLike = {
        onmessage: null,
        onerror: null,
        terminate: () => undefined,
        postMessage: () => setTimeout(() => worker.onerror?.({ message: 'no' } as ErrorEvent), 0),
      };
      return worker;
    };
    const body = chunkedBody(text);
    const client = createFeedWorkerClient(dead);
    await expect(client.decodeBody(body, 'feed.json')).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(body.length).toBe(new TextEncoder().encode(text).length);
    expect(body.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)).toBe(body.length);
  });

  it('reports the rows taken in as a decoded body arrives in parts', async () => {
    const fake = fakeWorker(2, 10);
    const client = createFeedWorkerClient(fake.spawn);
    const counts: [number, number][] = [];
    await client.decodeBody(chunkedBody(text), 'feed.json', undefined, (rows, total) =>
      counts.push([rows, total]),
    );
    // The minimal feed's 25 observations in parts of 10; its 2 technology rows are not sliced.
    expect(counts).toEqual([
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
  });
});
