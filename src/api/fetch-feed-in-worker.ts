import { wholeBody } from './body-text';
import type { FetchedBody } from './body-text';
import type { DecodedFeedBody } from './decode-feed-body';
import { noteFeedReading } from './feed-load-status';
import type { FeedWorkerClient } from './feed-worker-client';
import {
  noteNetworkCopy,
  rememberNetworkBody,
  savedCopyInstead,
  workerSaveKey,
} from './last-good/last-good-fetch';

/** A feed decoded by the worker, or a saved copy's body that the page is to decode. */
export type WorkerFetchResult = DecodedFeedBody | { kind: 'saved-body'; body: FetchedBody };

/**
 * One attempt at a URL feed, fetched and read in the feed worker (issue 18 item 6: the page never
 * takes in a big feed's body): progress goes to `onProgress` as the page's own fetch reports it,
 * the rows as they arrive to the loading message, and the signal cancels the worker's fetch. A
 * feed that passes is saved by the worker; a catalogue's text is remembered here, to be saved with
 * its mesh. A network fault falls back to the saved copy, as fetchBody does for the page's fetch.
 * WorkerUnavailable is passed on: the caller then fetches on the page.
 */
export async function fetchFeedInWorker(
  worker: FeedWorkerClient,
  url: string,
  signal: AbortSignal,
  onProgress: (received: number, total: number | null) => void,
  now: () => Date = () => new Date(),
): Promise<WorkerFetchResult> {
  const saveUrl = workerSaveKey(url);
  let decoded: DecodedFeedBody;
  try {
    decoded = await worker.fetchDecode(url, {
      signal,
      ...(typeof window === 'undefined' ? {} : { pageOrigin: window.location.origin }),
      ...(saveUrl === null ? {} : { save: { url: saveUrl, savedAt: now().toISOString() } }),
      onProgress,
      onReading: () => noteFeedReading(url, { rows: null, total: null }),
      onRows: (rows, total) => noteFeedReading(url, { rows, total }),
    });
  } catch (error) {
    // The last data that passed its contract stands in when the network fails (docs/offline.md).
    const saved = await savedCopyInstead(url, 'feed', error, signal);
    if (saved === null) throw error;
    return { kind: 'saved-body', body: wholeBody(saved) };
  }
  if (decoded.kind === 'catalogue') {
    // Saved by the page once its mesh has loaded, as decodeFeedBodyOffThread does.
    const bytes = new TextEncoder().encode(decoded.text);
    rememberNetworkBody(url, 'feed', { chunks: [bytes], length: bytes.length });
  } else {
    noteNetworkCopy(url);
  }
  return decoded;
}
