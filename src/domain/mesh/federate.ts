/**
 * Loads every domain product of a catalogue, a few at a time, and checks each on its own. The
 * caller supplies the reading (fetch in the app, files or fetch in `mesh:check`) and may supply
 * the checking (a worker in the app), so this order of work is written once. A product that
 * cannot be read or fails its contract is isolated: it becomes an outcome, never an exception.
 * The order of work is federate-products.ts; this adds the check against a reference product.
 */
import { prepareRowReference } from '../feed/reference-tables';
import type { ReferenceFeed } from '../feed/reference-tables';
import { checkDomainProduct } from './check-product';
import { federateProducts } from './federate-products';
import type { FederateProductsInput, ProductChecker } from './federate-products';
import type { Grants } from './ownership';
import type { ProductOutcome } from './product-outcome';
import type { CatalogueEntry } from './product-schema';

export { PRODUCT_CONCURRENCY } from './federate-products';
export type { ProductChecker, ReadResult } from './federate-products';

/** The reference product, checked against here, or the caller's own check (the app's worker). */
type Checking = { reference: ReferenceFeed } | { check: ProductChecker };

export type FederateInput = Checking & Omit<FederateProductsInput, 'check'>;

/** The reference is judged once here, not again for each product. */
function checkAgainst(reference: ReferenceFeed, grants: Grants): ProductChecker {
  const rows = prepareRowReference(reference);
  return (raw: unknown, entry: CatalogueEntry) =>
    checkDomainProduct({ raw, entry, reference: rows, grants });
}

export async function federate(input: FederateInput): Promise<Map<string, ProductOutcome>> {
  const check = 'check' in input ? input.check : checkAgainst(input.reference, input.grants);
  return federateProducts({ ...input, check });
}
