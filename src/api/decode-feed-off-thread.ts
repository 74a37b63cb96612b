import { bodyText } from './body-text';
import type { FetchedBody } from './body-text';
import type { DecodedFeedBody } from './decode-feed-body';
import type { LoadedFeed } from './decode-feed';
import { WorkerUnavailable } from './feed-worker-client';
import { noteFeedReading } from './feed-load-status';
import { feedWorker } from './feed-worker';
import { handOverNetworkBody, rememberNetworkBody } from './last-good/last-good-fetch';
import { isCatalogueText } from './mesh/catalogue-text';

/** Below this size parsing takes a few milliseconds and a worker would cost more than it saves. */
const WORKER_THRESHOLD_CHARS = 256 * 1024;

/**
 * The page's own readers carry the feed contract's schemas and zod's full build, whose evaluation
 * was one task of 120-190 ms on the page while a 60 MB feed loaded (the longest left, issue 18).
 * They are loaded only when the page reads a feed itself: a small one, or no worker.
 */
async function decodeFeedHere(text: string, origin: string): Promise<LoadedFeed> {
  const { decodeFeed } = await import('./decode-feed');
  return decodeFeed(text, origin);
}

/**
 * decodeFeedBody's steps on the page, with the readers loaded only for a feed: a mesh's catalogue
 * is small, so it is read here, and loading them for it evaluated zod on the page (a task of about
 * 150 ms at the phone rate) on every default load, where the worker reads everything else.
 */
async function decodeFeedBodyHere(body: FetchedBody, url: string): Promise<DecodedFeedBody> {
  const text = bodyText(body, url, 'feed');
  if (isCatalogueText(text)) return { kind: 'catalogue', text };
  return { kind: 'feed', loaded: await decodeFeedHere(text, url) };
}

/**
 * Parses and validates a feed in the feed worker, so a large feed never freezes typing or clicking;
 * the worker keeps the parsed feed for scoring. Falls back to the main thread where workers are
 * unavailable (tests, very old browsers) or the worker fails.
 */
export async function decodeFeedOffThread(text: string, origin: string): Promise<LoadedFeed> {
  const worker = text.length < WORKER_THRESHOLD_CHARS ? null : feedWorker();
  if (!worker) return decodeFeedHere(text, origin);
  try {
    return await worker.decode(text, origin);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return decodeFeedHere(text, origin);
    throw error;
  }
}

/**
 * A body fetched from a feed's address, decoded, parsed and validated in the feed worker when it
 * is large: the chunks as they were read cross to the worker (transferred, not copied, and joined
 * there), not a decoded text, so the page never spends a second turning 60 MB into a string. A
 * fresh network body is saved as the last good copy by the worker, once it has passed its
 * contract, rather than by the page. A small body (the bundled feed, a catalogue) is read here at
 * once, as a worker round trip would cost more.
 */
export async function decodeFeedBodyOffThread(
  body: FetchedBody,
  url: string,
  now: () => Date = () => new Date(),
): Promise<DecodedFeedBody> {
  const worker = body.length < WORKER_THRESHOLD_CHARS ? null : feedWorker();
  if (!worker) return decodeFeedBodyHere(body, url);
  try {
    await worker.running();
  } catch (error) {
    if (error instanceof WorkerUnavailable) return decodeFeedBodyHere(body, url);
    throw error;
  }
  const saveUrl = handOverNetworkBody(url);
  const save = saveUrl === null ? undefined : { url: saveUrl, savedAt: now().toISOString() };
  // The loading message says the feed is being read, then how many of its rows have arrived.
  noteFeedReading(url, { rows: null, total: null });
  const decoded = await worker.decodeBody(body, url, save, (rows, total) =>
    noteFeedReading(url, { rows, total }),
  );
  // A catalogue is saved by the page once its mesh has loaded; its bytes went to the worker, so
  // the page keeps its text instead (a few kilobytes; decoding and encoding it again loses only
  // a byte-order mark, which the decoder drops anyway).
  if (decoded.kind === 'catalogue' && saveUrl !== null) {
    const bytes = new TextEncoder().encode(decoded.text);
    rememberNetworkBody(url, 'feed', { chunks: [bytes], length: bytes.length });
  }
  return decoded;
}
