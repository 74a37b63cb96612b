import { decodeFeed } from './decode-feed';
import type { LoadedFeed } from './decode-feed';
import { FeedLoadError } from './feed-load-error';
import type { DecodeReply } from './feed-decode.worker';

/** Below this size parsing takes a few milliseconds and a worker would cost more than it saves. */
const WORKER_THRESHOLD_CHARS = 256 * 1024;

/**
 * Parses and validates a feed in a Web Worker, so a large feed never freezes typing or clicking.
 * Falls back to the main thread where workers are unavailable (tests, very old browsers).
 */
export function decodeFeedOffThread(text: string, origin: string): Promise<LoadedFeed> {
  if (typeof Worker === 'undefined' || text.length < WORKER_THRESHOLD_CHARS) {
    return Promise.resolve().then(() => decodeFeed(text, origin));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./feed-decode.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<DecodeReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.loaded);
      else reject(new FeedLoadError(reply.failure, reply.url, reply.reason, reply.status));
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(decodeFeed(text, origin));
    };
    worker.postMessage({ text, origin });
  });
}
