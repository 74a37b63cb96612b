import { describe, expect, it, vi } from 'vitest';
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
import { createFeedWorkerEndpoint } from './feed-worker-fetch';
import type { FetchDecodeOptions } from './feed-worker-fetch';
import { createFeedStore } from './feed-worker-handler';
import type { FeedWorkerCall, FeedWorkerEnvelope } from './feed-worker-messages';
import { decodeFeed } from './decode-feed';
import type { FetchedBody } from './body-text';
import { LoadError } from './load-error';

const text = JSON.stringify(minimalFeed);

/**
 * A stand-in worker that runs the real handler asynchronously and clones every message both ways,
 * as a browser does, recording what the page sent. Replies go out in parts as the real worker
 * posts them, each in its own task; `rowsPerPart` makes the small fixture's tables slice.
 */
function fakeWorker(capacity = 2, rowsPerPart = Infinity, options: FetchDecodeOptions = {}) {
  const store = createFeedStore(capacity);
  const sent: FeedWorkerCall['kind'][] = [];
  const transferred: number[] = [];
  let spawned = 0;
  const spawn = (): WorkerLike => {
    spawned += 1;
    const endpoint = createFeedWorkerEndpoint(
      store,
      (envelope) =>
        setTimeout(() => {
          const reply = structuredClone(envelope);
          worker.onmessage?.({ data: reply } as MessageEvent<typeof reply>);
        }, 0),
      { ...options, rowsPerPart },
    );
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (envelope, transfer = []) => {
        const request = structuredClone(envelope, { transfer });
        sent.push(request.message.kind);
        transferred.push(transfer.length);
        setTimeout(() => endpoint(request), 0);
      },
    };
    return worker;
  };
  return { spawn, sent, transferred, spawned: () => spawned };
}

/**
 * A worker with no handler behind it: each message gets `answer` in a later task, as a real
 * worker's reply or error would come, so a test can script a death or an odd reply.
 */
function scriptedWorker(
  answer: (envelope: FeedWorkerEnvelope<FeedWorkerCall>, worker: WorkerLike) => void,
): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: (envelope) => setTimeout(() => answer(envelope, worker), 0),
  };
  return worker;
}

/** A worker that errors on its first message, as one that dies or cannot start does. */
const failingWorker = (message: string) =>
  scriptedWorker((_envelope, worker) => worker.onerror?.({ message } as ErrorEvent));

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
      return failingWorker('boom');
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
    const body = chunkedBody(text);
    const client = createFeedWorkerClient(() => failingWorker('no'));
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

  describe('fetchDecode: the worker fetches the feed (issue 18 item 6)', () => {
    const bytes = new TextEncoder().encode(text);
    const served = (response: () => Response, seen: AbortSignal[] = []) =>
      ((_input: RequestInfo | URL, init: RequestInit = {}) => {
        if (init.signal) seen.push(init.signal);
        return Promise.resolve(response());
      }) as typeof fetch;

    it('reports the download, then the reading, and hands back the decoded feed', async () => {
      let clock = 0;
      const fetchImpl = served(
        () =>
          new Response(new Blob([bytes.slice(0, 100), bytes.slice(100)]).stream(), {
            headers: { 'Content-Length': String(bytes.length) },
          }),
      );
      const fake = fakeWorker(2, 10, { fetchImpl, now: () => (clock += 1000) });
      const client = createFeedWorkerClient(fake.spawn);
      const steps: string[] = [];
      const decoded = await client.fetchDecode('feed.json', {
        onProgress: (received, total) => steps.push(`${received}/${total}`),
        onReading: () => steps.push('reading'),
        onRows: (rows, total) => steps.push(`rows ${rows}/${total}`),
      });
      expect(decoded).toEqual({ kind: 'feed', loaded: decodeFeed(text, 'feed.json') });
      // Each chunk's progress (a second apart), the whole on arrival, then the rows in parts.
      const all = `${bytes.length}/${bytes.length}`;
      expect(steps).toEqual([
        `100/${bytes.length}`,
        all,
        all,
        'reading',
        'rows 10/25',
        'rows 20/25',
        'rows 25/25',
      ]);
      expect(fake.sent).toEqual(['ping', 'fetch-decode']);
    });

    it.each([
      [404, 'Not Found', false],
      [503, 'Service Unavailable', true],
    ])(
      'turns the worker’s HTTP %i %s into the LoadError the page’s fetch gives',
      async (status, statusText, transient) => {
        const fetchImpl = served(() => new Response('no', { status, statusText }));
        const client = createFeedWorkerClient(fakeWorker(2, Infinity, { fetchImpl }).spawn);
        const error = await client.fetchDecode('/data/x.json').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(LoadError);
        expect(error).toMatchObject({
          failure: 'http',
          url: '/data/x.json',
          status,
          resource: 'feed',
          transient,
        });
        expect((error as LoadError).reason).toMatch(`HTTP ${status} ${statusText}`);
      },
    );

    it('keeps every field of a load-failed reply, the resource included', async () => {
      // A worker that answers the ping, then fails the fetch as a worker could for any resource.
      const failing = () =>
        scriptedWorker(({ id, message }, worker) => {
          const reply =
            message.kind === 'ping'
              ? { id, message: { kind: 'pong' as const } }
              : {
                  id,
                  message: {
                    kind: 'load-failed' as const,
                    failure: 'cors' as const,
                    url: 'https://other.example/c.json',
                    reason: 'Refused',
                    status: 0,
                    resource: 'catalogue' as const,
                  },
                };
          worker.onmessage?.({ data: reply } as MessageEvent<typeof reply>);
        });
      const error = await createFeedWorkerClient(failing)
        .fetchDecode('https://other.example/c.json')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoadError);
      expect(error).toMatchObject({
        failure: 'cors',
        url: 'https://other.example/c.json',
        reason: 'Refused',
        resource: 'catalogue',
      });
    });

    it('stops at once when the page aborts, and cancels the worker’s fetch', async () => {
      const seen: AbortSignal[] = [];
      const fetchImpl = ((_input: RequestInfo | URL, init: RequestInit = {}) => {
        if (init.signal) seen.push(init.signal);
        return new Promise<Response>(() => undefined);
      }) as typeof fetch;
      const fake = fakeWorker(2, Infinity, { fetchImpl });
      const client = createFeedWorkerClient(fake.spawn);
      const controller = new AbortController();
      const fetching = client.fetchDecode('/data/x.json', { signal: controller.signal });
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      const reason = new DOMException('Stopped', 'AbortError');
      controller.abort(reason);
      await expect(fetching).rejects.toBe(reason);
      await vi.waitFor(() => expect(seen[0]?.aborted).toBe(true));
      expect(fake.sent).toEqual(['ping', 'fetch-decode', 'cancel']);
    });

    it('fails as WorkerUnavailable when the worker cannot start, so the page fetches', async () => {
      const dead = () => failingWorker('no');
      await expect(createFeedWorkerClient(dead).fetchDecode('/x.json')).rejects.toBeInstanceOf(
        WorkerUnavailable,
      );
    });
  });
});
