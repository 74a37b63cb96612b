import type { Feed } from '../../domain/feed/feed-schema';
import type { ProductCheck } from '../../domain/mesh/check-product';
import type { Grants } from '../../domain/mesh/ownership';
import type { CatalogueEntry } from '../../domain/mesh/product-schema';
import { WorkerUnavailable } from '../feed-worker-client';
import { feedWorker } from '../feed-worker';
import type { FeedWorkerClient } from '../feed-worker-client';
import type { ProductBody } from './product-json';

/** The main thread's checker (check-product-here.ts), loaded only when it is needed. */
function loadCheckHere() {
  return import('./check-product-here').then((module) => module.checkProductHere);
}

/**
 * The check federate() runs on each product's body (its bytes, as fetched): in the feed worker,
 * which is handed the reference product once and keeps it, so decoding, parsing and validating
 * dozens of products never holds up the page; on the main thread where workers are unavailable
 * (unit tests) or the worker fails, with the page's checker loaded only then, so a mesh load
 * never evaluates zod on the page where the worker runs. Each check waits for the reference
 * product, which may still be on its way when products arrive. Throws, with the reason, when the
 * body is not UTF-8 text, is a web page or is not JSON, which federate() records as an
 * unreadable product.
 */
export function productChecker(
  referenceReady: Promise<Feed>,
  grants: Grants,
  worker: FeedWorkerClient | null = feedWorker(),
) {
  // Without a worker every check is the page's: its checker loads while the products download.
  let checkHere = worker ? null : loadCheckHere();
  return async (body: unknown, entry: CatalogueEntry): Promise<ProductCheck> => {
    const reference = await referenceReady;
    const product = body as ProductBody;
    if (worker) {
      try {
        return await worker.checkProduct(reference, product, entry, grants);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    checkHere ??= loadCheckHere();
    return (await checkHere)(product, entry, reference, grants);
  };
}
