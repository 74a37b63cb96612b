import type { Feed } from '../../domain/feed/feed-schema';
import { checkDomainProduct } from '../../domain/mesh/check-product';
import type { ProductCheck } from '../../domain/mesh/check-product';
import type { Grants } from '../../domain/mesh/ownership';
import type { CatalogueEntry } from '../../domain/mesh/product-schema';
import { productJson } from './product-json';
import type { ProductBody } from './product-json';
import { rowReferenceFor } from './row-reference-for';

/**
 * A product checked on the main thread, where there is no feed worker or it failed. Its own
 * module, loaded only then: the check's schemas are zod's full build, whose evaluation on the
 * page was a long task of its own while a mesh loaded (check-product-off-thread.ts).
 */
export function checkProductHere(
  product: ProductBody,
  entry: CatalogueEntry,
  reference: Feed,
  grants: Grants,
): ProductCheck {
  const raw = productJson(product);
  return checkDomainProduct({ raw, entry, reference: rowReferenceFor(reference), grants });
}
