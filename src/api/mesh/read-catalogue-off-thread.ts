import type { CatalogueResult } from '../../domain/mesh/read-catalogue';
import type { FeedWorkerClient } from '../feed-worker-client';
import { feedWorker } from '../feed-worker';

/**
 * A mesh catalogue's JSON checked in the feed worker, which has the contract's schemas (zod)
 * loaded already: on the page, at the phone rate (CPU 4x), evaluating them took a task of about
 * 150 ms and the catalogue's check another of 75-90 ms as a mesh began to load. Where there is no
 * worker, or it fails, the page checks it itself, loading the checker only then; the verdict is
 * the same function's either way.
 */
export async function readCatalogueOffThread(
  raw: unknown,
  worker: FeedWorkerClient | null = feedWorker(),
): Promise<CatalogueResult> {
  if (worker) {
    try {
      return await worker.readCatalogue(raw);
    } catch {
      // Checked here instead, below.
    }
  }
  const { readCatalogue } = await import('../../domain/mesh/read-catalogue');
  return readCatalogue(raw);
}
