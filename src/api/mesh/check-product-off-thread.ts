import type { Feed } from '../../domain/feed/feed-schema';
import { checkDomainProduct } from '../../domain/mesh/check-product';
import type { ProductCheck } from '../../domain/mesh/check-product';
import type { Grants } from '../../domain/mesh/ownership';
import type { CatalogueEntry } from '../../domain/mesh/product-schema';
import { WorkerUnavailable } from '../feed-worker-client';
import { feedWorker } from '../feed-worker';
import { rowReferenceFor } from './row-reference-for';

function checkHere(
  text: string,
  entry: CatalogueEntry,
  reference: Feed,
  grants: Grants,
): ProductCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`The data product is not valid JSON: ${(error as Error).message}`);
  }
  return checkDomainProduct({ raw, entry, reference: rowReferenceFor(reference), grants });
}

/**
 * The check federate() runs on each product's body: in the feed worker, which is handed the
 * reference product once and keeps it, so parsing and validating dozens of products never holds
 * up the page; on the main thread where workers are unavailable (unit tests) or the worker fails.
 * Each check waits for the reference product, which may still be on its way when products arrive.
 * Throws when the body is not JSON, which federate() records as an unreadable product.
 */
export function productChecker(referenceReady: Promise<Feed>, grants: Grants) {
  const worker = feedWorker();
  return async (body: unknown, entry: CatalogueEntry): Promise<ProductCheck> => {
    const reference = await referenceReady;
    const text = String(body);
    if (!worker) return checkHere(text, entry, reference, grants);
    try {
      return await worker.checkProduct(reference, text, entry, grants);
    } catch (error) {
      if (error instanceof WorkerUnavailable) return checkHere(text, entry, reference, grants);
      throw error;
    }
  };
}
