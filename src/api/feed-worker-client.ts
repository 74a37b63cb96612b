import type { Feed } from '../domain/feed/feed-schema';
import type { HexJson, ParsedHexJson } from '../domain/geography/hexjson';
import type { PeriodLayout } from '../domain/geography/vintage-layout';
import type { ProductCheck } from '../domain/mesh/check-product';
import type { Grants } from '../domain/mesh/ownership';
import type { CatalogueResult } from '../domain/mesh/read-catalogue';
import type { CatalogueEntry } from '../domain/mesh/product-schema';
import type { RankInterval } from '../domain/scoring/ranks';
import type { FeedScores } from '../domain/scoring/score-types';
import type { Weights } from '../domain/scoring/weights';
import type { FetchedBody } from './body-text';
import type { LoadedFeed } from './decode-feed';
import type { DecodedFeedBody } from './decode-feed-body';
import type { ProductBody } from './mesh/product-json';
import type {
  FeedRowsPart,
  FeedWorkerCall,
  FeedWorkerEnvelope,
  FeedWorkerReply,
  FeedWorkerRequest,
  FetchProgressPart,
  SaveBody,
  ScoresPeriodPart,
} from './feed-worker-messages';
import { rowsCollector } from './feed-worker-parts';
import { LoadError } from './load-error';

/** The part of a Worker the client uses, so a test can stand in a fake that runs the handler. */
export interface WorkerLike {
  postMessage(message: FeedWorkerEnvelope<FeedWorkerCall>, transfer?: Transferable[]): void;
  onmessage:
    | ((
        event: MessageEvent<
          FeedWorkerEnvelope<FeedWorkerReply | FeedRowsPart | ScoresPeriodPart | FetchProgressPart>
        >,
      ) => void)
    | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The worker could not start or died; the caller should do the work on the main thread. */
export class WorkerUnavailable extends Error {
  override readonly name = 'WorkerUnavailable';
}

type Pending = {
  resolve: (reply: FeedWorkerReply) => void;
  reject: (error: Error) => void;
  /** Told the rows that have arrived, out of the total, as a decoded feed comes in parts. */
  onRows?: ((rows: number, total: number) => void) | undefined;
  /** Told how a `fetch-decode`'s download is going. */
  onFetch?: ((part: FetchProgressPart) => void) | undefined;
};

/** What a `fetch-decode` reports while it runs, and how the page stops it. */
export interface FetchDecodeOptions {
  /** Aborting it cancels the worker's fetch; the request rejects at once with its reason. */
  signal?: AbortSignal;
  pageOrigin?: string;
  save?: SaveBody;
  onProgress?: (received: number, total: number | null) => void;
  /** All the body has arrived and the worker is reading it. */
  onReading?: () => void;
  onRows?: (rows: number, total: number) => void;
}

/** One long-lived worker, started on first use, with requests matched to replies by id. */
function connect(spawn: () => WorkerLike) {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // Slices of a decoded feed's rows, by request id, until the reply that completes it arrives.
  const parts = new Map<number, ReturnType<typeof rowsCollector>>();
  // Answered once per started worker: a body is transferred only to a worker known to be running.
  let answered: Promise<FeedWorkerReply> | null = null;
  const start = (): WorkerLike => {
    const started = spawn();
    answered = null;
    started.onmessage = (event) => {
      const { id, message } = event.data;
      if (message.kind === 'fetch-progress') {
        pending.get(id)?.onFetch?.(message);
        return;
      }
      if (message.kind === 'feed-rows') {
        const collector = parts.get(id) ?? rowsCollector();
        const rows = collector.add(message);
        parts.set(id, collector);
        pending.get(id)?.onRows?.(rows, message.total);
        return;
      }
      if (message.kind === 'scores-period') {
        const collector = parts.get(id) ?? rowsCollector();
        collector.addPeriod(message);
        parts.set(id, collector);
        return;
      }
      pending.get(id)?.resolve(parts.get(id)?.finish(message) ?? message);
      pending.delete(id);
      parts.delete(id);
    };
    started.onerror = (event) => {
      // A worker that fails is not retried for the requests in flight: they fall back at once.
      started.terminate();
      worker = null;
      answered = null;
      const failed = [...pending.values()];
      pending.clear();
      parts.clear();
      for (const request of failed) request.reject(new WorkerUnavailable(event.message));
    };
    return started;
  };
  const ask = (
    message: FeedWorkerRequest,
    transfer: Transferable[] = [],
    onRows?: Pending['onRows'],
  ) =>
    new Promise<FeedWorkerReply>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject, onRows });
      worker.postMessage({ id, message }, transfer);
    });
  /**
   * A request the signal can stop: on abort the promise rejects at once with the signal's reason,
   * the reply is no longer awaited, and the worker is told to cancel the request's work.
   */
  const askStoppable = (
    message: FeedWorkerCall,
    signal: AbortSignal | undefined,
    handlers: Pick<Pending, 'onRows' | 'onFetch'>,
  ) =>
    new Promise<FeedWorkerReply>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const target = (worker ??= start());
      const id = nextId++;
      const onAbort = () => {
        pending.delete(id);
        parts.delete(id);
        target.postMessage({ id: nextId++, message: { kind: 'cancel', request: id } });
        reject(signal?.reason as Error);
      };
      const settle = () => signal?.removeEventListener('abort', onAbort);
      pending.set(id, {
        resolve: (reply) => {
          settle();
          resolve(reply);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        ...handlers,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      target.postMessage({ id, message });
    });
  /** Resolves once the worker has answered a message; rejects (WorkerUnavailable) if it cannot. */
  const running = (): Promise<FeedWorkerReply> => {
    if (!worker) worker = start();
    answered ??= ask({ kind: 'ping' });
    return answered;
  };
  return { ask, askStoppable, running };
}

/** Each distinct buffer under the chunks once: a buffer may be transferred only once. */
function buffersOf(chunks: readonly Uint8Array[]): Transferable[] {
  return [...new Set(chunks.map((chunk) => chunk.buffer))] as ArrayBuffer[];
}

/** The LoadError a `load-failed` reply stands for, with everything the error views show. */
function loadErrorOf(reply: Extract<FeedWorkerReply, { kind: 'load-failed' }>): LoadError {
  return new LoadError(reply.failure, reply.url, reply.reason, reply.status, reply.resource);
}

function unexpected(reply: FeedWorkerReply): Error {
  return new Error(reply.kind === 'error' ? reply.message : `Unexpected reply: ${reply.kind}`);
}

export function createFeedWorkerClient(spawn: () => WorkerLike) {
  const { ask, askStoppable, running } = connect(spawn);
  // Which worker version holds each feed the page has; a feed object is never changed in place.
  // The promise, not the id, so that requests made together (six mesh products at once) share
  // one hand-over instead of each sending the feed and evicting the others' copies.
  const versions = new WeakMap<Feed, Promise<string>>();

  async function decode(text: string, origin: string): Promise<LoadedFeed> {
    const reply = await ask({ kind: 'decode', text, origin });
    if (reply.kind === 'decoded') {
      versions.set(reply.loaded.feed, Promise.resolve(reply.version));
      return reply.loaded;
    }
    if (reply.kind === 'load-failed') throw loadErrorOf(reply);
    throw new LoadError('unusable-feed', origin, 'The feed could not be read');
  }

  /**
   * A fetched body decoded, parsed and kept in the worker; a catalogue comes back as text. The
   * body's chunks are transferred, not copied (a 63 MB copy on the page), so they are unusable
   * here afterwards: they go only once the worker has answered, and if it dies after that the
   * load fails with a LoadError rather than falling back to empty bytes on the page.
   */
  async function decodeBody(
    body: FetchedBody,
    origin: string,
    save?: SaveBody,
    onRows?: (rows: number, total: number) => void,
  ): Promise<DecodedFeedBody> {
    await running();
    const request = { kind: 'decode-body', body, origin, ...(save ? { save } : {}) } as const;
    const reply = await ask(request, buffersOf(body.chunks), onRows).catch((error: unknown) => {
      if (!(error instanceof WorkerUnavailable)) throw error;
      throw new LoadError('network', origin, 'The feed reader stopped while reading the feed');
    });
    return decodedBodyOf(reply, origin);
  }

  /** A feed body's reply: a catalogue's text, a decoded feed (its version noted), or its error. */
  function decodedBodyOf(reply: FeedWorkerReply, url: string): DecodedFeedBody {
    if (reply.kind === 'catalogue-text') return { kind: 'catalogue', text: reply.text };
    if (reply.kind === 'decoded') {
      versions.set(reply.loaded.feed, Promise.resolve(reply.version));
      return { kind: 'feed', loaded: reply.loaded };
    }
    if (reply.kind === 'load-failed') throw loadErrorOf(reply);
    throw new LoadError('unusable-feed', url, 'The feed could not be read');
  }

  /**
   * A feed's address fetched, decoded, parsed and kept in the worker (and saved there as the last
   * good copy when `save` is given and it passes), so its bytes never pass through the page's
   * thread. Fails with the same LoadError the page's own fetch would; with WorkerUnavailable if
   * the worker cannot start or dies, in which case nothing was lost and the page may fetch itself.
   */
  async function fetchDecode(
    url: string,
    options: FetchDecodeOptions = {},
  ): Promise<DecodedFeedBody> {
    const { signal, pageOrigin, save, onProgress, onReading, onRows } = options;
    await running();
    const href = typeof window === 'undefined' ? url : new URL(url, window.location.href).href;
    const request = {
      kind: 'fetch-decode',
      url,
      href,
      ...(pageOrigin ? { pageOrigin } : {}),
      ...(save ? { save } : {}),
    } as const;
    const reply = await askStoppable(request, signal, {
      onRows,
      onFetch: (part) => {
        onProgress?.(part.received, part.total);
        if (part.phase === 'reading') onReading?.();
      },
    });
    return decodedBodyOf(reply, url);
  }

  function versionOf(feed: Feed): Promise<string> {
    const known = versions.get(feed);
    if (known) return known;
    const kept = ask({ kind: 'keep', feed }).then((reply) => {
      if (reply.kind !== 'kept') throw unexpected(reply);
      return reply.version;
    });
    versions.set(feed, kept);
    // A failed hand-over is not remembered: the next request tries again.
    kept.catch(() => {
      if (versions.get(feed) === kept) versions.delete(feed);
    });
    return kept;
  }

  /** Asks by version; if the worker has dropped that feed, hands it over once and asks again. */
  async function derive(feed: Feed, request: (version: string) => FeedWorkerRequest) {
    const used = versionOf(feed);
    const reply = await ask(request(await used));
    if (reply.kind !== 'unknown-version') return reply;
    if (versions.get(feed) === used) versions.delete(feed);
    return ask(request(await versionOf(feed)));
  }

  async function scores(feed: Feed, weights: Weights): Promise<FeedScores> {
    const reply = await derive(feed, (version) => ({ kind: 'scores', version, weights }));
    if (reply.kind !== 'scores') throw unexpected(reply);
    return reply.scores;
  }

  async function intervals(
    feed: Feed,
    weights: Weights,
    period: string,
  ): Promise<Record<string, RankInterval>> {
    const request = (version: string) => ({ kind: 'intervals', version, weights, period }) as const;
    const reply = await derive(feed, request);
    if (reply.kind !== 'intervals') throw unexpected(reply);
    return reply.intervals;
  }

  /** The period's hex layout, worked out in the worker from its copy of the feed. */
  async function periodLayout(feed: Feed, base: HexJson, period: string): Promise<PeriodLayout> {
    const request = (version: string) =>
      ({ kind: 'period-layout', version, base, period }) as const;
    const reply = await derive(feed, request);
    if (reply.kind !== 'period-layout') throw unexpected(reply);
    return reply.placed;
  }

  /** A map layout's JSON checked against the hex layout schema in the worker. */
  async function checkHexLayout(json: unknown): Promise<ParsedHexJson> {
    const reply = await ask({ kind: 'hex-layout', json });
    if (reply.kind !== 'hex-layout') throw unexpected(reply);
    return reply.parsed;
  }

  /** A mesh catalogue's JSON checked against the catalogue schema in the worker. */
  async function readCatalogue(raw: unknown): Promise<CatalogueResult> {
    const reply = await ask({ kind: 'read-catalogue', raw });
    if (reply.kind !== 'catalogue-read') throw unexpected(reply);
    return reply.result;
  }

  /**
   * A mesh's domain product, decoded, parsed and checked in the worker against the reference
   * product, so 42 products arriving six at a time never hold up a click. Its bytes are copied,
   * not transferred: the page saves them once the mesh has passed, and a request is sent again
   * when the worker has dropped the reference. Throws with the reason when its body is unreadable.
   */
  async function checkProduct(
    reference: Feed,
    product: ProductBody,
    entry: CatalogueEntry,
    grants: Grants,
  ): Promise<ProductCheck> {
    const request = (version: string) =>
      ({ kind: 'check-product', version, product, entry, grants }) as const;
    const reply = await derive(reference, request);
    if (reply.kind === 'product-unreadable') throw new Error(reply.reason);
    if (reply.kind !== 'product-checked') throw unexpected(reply);
    return reply.check;
  }

  /**
   * Saves bodies as the last good copy in the worker (src/api/last-good): resolves once the worker
   * has the save queued. The bytes are copied, so the caller's arrays stay as they were.
   */
  async function save(
    bodies: ReadonlyMap<string, Uint8Array>,
    drop: readonly string[],
    savedAt: Date,
  ): Promise<void> {
    const request = {
      kind: 'save',
      bodies: new Map(bodies),
      drop: [...drop],
      savedAt: savedAt.toISOString(),
    } as const;
    const reply = await ask(request);
    if (reply.kind !== 'saving') throw unexpected(reply);
  }

  return {
    running,
    decode,
    decodeBody,
    fetchDecode,
    scores,
    intervals,
    periodLayout,
    checkHexLayout,
    readCatalogue,
    checkProduct,
    save,
  };
}

export type FeedWorkerClient = ReturnType<typeof createFeedWorkerClient>;
