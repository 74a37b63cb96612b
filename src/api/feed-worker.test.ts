import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_FETCH_GLOBAL } from './early-fetch/early-response';
import type { FeedWorkerCall, FeedWorkerEnvelope } from './feed-worker-messages';

/** A worker that answers every message with a pong, as the feed worker answers a ping. */
class AnsweringWorker {
  static constructed = 0;
  readonly received: FeedWorkerEnvelope<FeedWorkerCall>[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor() {
    AnsweringWorker.constructed += 1;
  }
  postMessage(envelope: FeedWorkerEnvelope<FeedWorkerCall>) {
    this.received.push(envelope);
    queueMicrotask(() =>
      this.onmessage?.({ data: { id: envelope.id, message: { kind: 'pong' } } }),
    );
  }
  terminate() {}
}

/** feed-worker.ts afresh (its one client is module state), on a page with `early` on it. */
async function freshFeedWorker(early: Record<string, unknown> | undefined) {
  vi.resetModules();
  AnsweringWorker.constructed = 0;
  vi.stubGlobal('Worker', AnsweringWorker);
  vi.stubGlobal('window', early ? { [EARLY_FETCH_GLOBAL]: early } : {});
  return (await import('./feed-worker')).feedWorker;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('feedWorker', () => {
  it('adopts the worker index.html’s inline script started, and starts none of its own', async () => {
    const started = new AnsweringWorker();
    let handedOver = 0;
    const feedWorker = await freshFeedWorker({
      take: () => undefined,
      takeWorker: () => (handedOver++ === 0 ? started : null),
    });
    AnsweringWorker.constructed = 0;
    await feedWorker()?.running();
    expect(started.received).toEqual([{ id: 1, message: { kind: 'ping' } }]);
    expect(AnsweringWorker.constructed).toBe(0);
    expect(handedOver).toBe(1);
  });

  it('starts its own when the script started none (or it failed)', async () => {
    const feedWorker = await freshFeedWorker({ take: () => undefined, takeWorker: () => null });
    await feedWorker()?.running();
    expect(AnsweringWorker.constructed).toBe(1);
  });

  it('starts its own on a page without the inline script (the dev server)', async () => {
    const feedWorker = await freshFeedWorker(undefined);
    await feedWorker()?.running();
    expect(AnsweringWorker.constructed).toBe(1);
  });
});
