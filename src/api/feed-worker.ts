import { takeEarlyWorker } from './early-fetch/early-response';
import { createFeedWorkerClient } from './feed-worker-client';
import type { FeedWorkerClient } from './feed-worker-client';

let client: FeedWorkerClient | null = null;

/**
 * The page's one feed worker, or null where workers are unavailable (unit tests, very old
 * browsers), in which case callers work on the main thread.
 */
export function feedWorker(): FeedWorkerClient | null {
  if (typeof Worker === 'undefined') return null;
  // The first start adopts the worker index.html's inline script started, if any; a restart after
  // that worker died starts a new one.
  client ??= createFeedWorkerClient(
    () =>
      takeEarlyWorker() ??
      new Worker(new URL('./feed.worker.ts', import.meta.url), {
        type: 'module',
      }),
  );
  return client;
}
