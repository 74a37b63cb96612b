import type { FetchedBody } from './body-text';
import { fetchChunks } from './fetch-bytes';
import type { FetchBytesOptions } from './fetch-bytes';
import { handleFeedRequest, loadFailed } from './feed-worker-handler';
import type { FeedStore } from './feed-worker-handler';
import type {
  FeedRowsPart,
  FeedWorkerCall,
  FeedWorkerEnvelope,
  FeedWorkerReply,
  FetchDecodeRequest,
  FetchProgressPart,
  ScoresPeriodPart,
} from './feed-worker-messages';
import { toReplyParts } from './feed-worker-parts';

/** At most one progress message per this many milliseconds: the loading message shows 5 a second. */
export const PROGRESS_POST_EVERY_MS = 100;

/** What a test changes: the fetch, its time limits, the clock that spaces progress messages. */
export type FetchDecodeOptions = Pick<
  FetchBytesOptions,
  'fetchImpl' | 'firstByteMs' | 'stallMs'
> & {
  now?: () => number;
};

/** The endpoint's options: a fetch-decode's, and the rows per part of a decoded feed's reply. */
export type EndpointOptions = FetchDecodeOptions & { rowsPerPart?: number };

/**
 * A `fetch-decode` request: the address fetched with fetchChunks, exactly as the page fetches it,
 * its progress posted as it arrives, then the body decoded, kept and (if asked) saved as
 * `decode-body` does. A failure is a `load-failed` reply naming the address as the page named it;
 * an abort (the page's `cancel`) is `fetch-stopped`.
 */
export async function fetchAndDecode(
  store: FeedStore,
  request: FetchDecodeRequest,
  signal: AbortSignal,
  post: (part: FetchProgressPart) => void,
  options: FetchDecodeOptions = {},
): Promise<FeedWorkerReply> {
  const { now = Date.now, ...fetchOptions } = options;
  let lastPosted = -Infinity;
  let body: FetchedBody;
  let total: number | null = null;
  try {
    body = await fetchChunks(request.href, {
      ...fetchOptions,
      signal,
      resource: 'feed',
      ...(request.pageOrigin ? { pageOrigin: request.pageOrigin } : {}),
      onProgress: (received, declared) => {
        total = declared;
        const at = now();
        if (at - lastPosted < PROGRESS_POST_EVERY_MS) return;
        lastPosted = at;
        post({ kind: 'fetch-progress', phase: 'downloading', received, total });
      },
    });
  } catch (error) {
    if (signal.aborted) return { kind: 'fetch-stopped' };
    const reply = loadFailed(error);
    // The page named the address; the worker fetched it resolved against the page.
    return reply.kind === 'load-failed' ? { ...reply, url: request.url } : reply;
  }
  post({ kind: 'fetch-progress', phase: 'reading', received: body.length, total });
  const { url, save } = request;
  return handleFeedRequest(store, {
    kind: 'decode-body',
    body,
    origin: url,
    ...(save ? { save } : {}),
  });
}

type Posted = FeedWorkerReply | FeedRowsPart | ScoresPeriodPart | FetchProgressPart;

/**
 * The feed worker's message handling (feed.worker.ts), apart from `self`, so a test can drive it:
 * each request answered by handleFeedRequest in parts, a `fetch-decode` fetched here with its
 * progress, and a `cancel` aborting that fetch.
 */
export function createFeedWorkerEndpoint(
  store: FeedStore,
  post: (envelope: FeedWorkerEnvelope<Posted>) => void,
  endpointOptions: EndpointOptions = {},
) {
  const { rowsPerPart, ...options } = endpointOptions;
  const partsOf = (reply: FeedWorkerReply) => toReplyParts(reply, rowsPerPart);
  const fetching = new Map<number, AbortController>();
  return (envelope: FeedWorkerEnvelope<FeedWorkerCall>): void => {
    const { id, message } = envelope;
    const send = (part: Posted) => post({ id, message: part });
    if (message.kind === 'cancel') {
      fetching.get(message.request)?.abort();
      return;
    }
    if (message.kind === 'fetch-decode') {
      const controller = new AbortController();
      fetching.set(id, controller);
      void fetchAndDecode(store, message, controller.signal, send, options)
        .catch((error: unknown) => ({
          kind: 'error' as const,
          message: error instanceof Error ? error.message : String(error),
        }))
        .then((reply) => {
          fetching.delete(id);
          for (const part of partsOf(reply)) send(part);
        });
      return;
    }
    for (const part of partsOf(handleFeedRequest(store, message))) send(part);
  };
}
