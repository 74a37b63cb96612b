import type { FeedWorkerClient } from '../feed-worker-client';
import { feedWorker } from '../feed-worker';
import type { ReferenceParse } from './partial-mesh';

/** The main thread's parse, loaded only when it is needed (parse-reference-here.ts). */
async function parseReferenceHere(text: string, url: string): Promise<ReferenceParse> {
  const here = await import('./parse-reference-here');
  return here.parseReferenceHere(text, url);
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
