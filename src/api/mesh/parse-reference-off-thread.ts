import { parseFeed } from '../../domain/feed/parse-feed';
import type { FeedWorkerClient } from '../feed-worker-client';
import { feedWorker } from '../feed-worker';
import { LoadError } from '../load-error';
import type { ReferenceParse } from './partial-mesh';

/** On the main thread: where there is no worker, and for the exact words of a failure. */
export function parseReferenceHere(text: string, url: string): ReferenceParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LoadError(
      'not-json',
      url,
      `The data product is not valid JSON: ${(error as Error).message}`,
      undefined,
      'data product',
    );
  }
  const reference = parseFeed(json);
  if (reference.ok) return reference;
  const reason = `The reference product is unusable: ${reference.fatal.reason} (at ${reference.fatal.path})`;
  throw new LoadError('unusable-feed', url, reason, undefined, 'data product');
}

/**
 * The reference product parsed and validated in the feed worker, which keeps it: every product
 * check then asks for it by version, without the page first parsing it and then handing it over
 * (a structured copy of the whole feed), and the worker starts as soon as the reference arrives
 * rather than after that parse. In a production build profiled in Chromium the page's parse took
 * 40-50 ms of the main thread in the busiest part of the load (README "Data mesh"). A body the
 * worker rejects is judged again here, so a failure reads exactly as it always has.
 */
export async function parseReferenceOffThread(
  text: string,
  url: string,
  worker: FeedWorkerClient | null = feedWorker(),
): Promise<ReferenceParse> {
  if (!worker) return parseReferenceHere(text, url);
  try {
    // The reference's parse, without the address decode adds for a shown feed.
    const { ok, feed, issues, counts, sourceRows } = await worker.decode(text, url);
    return { ok, feed, issues, counts, sourceRows };
  } catch {
    return parseReferenceHere(text, url);
  }
}
