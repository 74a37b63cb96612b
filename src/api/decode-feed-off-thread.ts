import { decodeFeed } from './decode-feed';
import type { LoadedFeed } from './decode-feed';
import { WorkerUnavailable } from './feed-worker-client';
import { feedWorker } from './feed-worker';

/** Below this size parsing takes a few milliseconds and a worker would cost more than it saves. */
const WORKER_THRESHOLD_CHARS = 256 * 1024;

/**
 * Parses and validates a feed in the feed worker, so a large feed never freezes typing or clicking;
 * the worker keeps the parsed feed for scoring. Falls back to the main thread where workers are
 * unavailable (tests, very old browsers) or the worker fails.
 */
export async function decodeFeedOffThread(text: string, origin: string): Promise<LoadedFeed> {
  const worker = text.length < WORKER_THRESHOLD_CHARS ? null : feedWorker();
  if (!worker) return decodeFeed(text, origin);
  try {
    return await worker.decode(text, origin);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return decodeFeed(text, origin);
    throw error;
  }
}
