/**
 * The order of work of a mesh load without the checking itself: read every domain product of a
 * catalogue a few at a time and hand each body to the caller's check. Apart from federate.ts,
 * which adds the check against a reference product, so that the app's page, whose checks run in
 * the feed worker, does not load the contract's schemas (zod) to federate a mesh.
 *
 * Only the reading is limited: a product waiting for its check (the worker checks one at a time,
 * and the app's checks also wait for the reference product) does not hold a request slot, so the
 * next products download meanwhile.
 */
import pLimit from 'p-limit';
import type { ProductCheck } from './check-product';
import type { Grants } from './ownership';
import type { ProductOutcome } from './product-outcome';
import type { Catalogue, CatalogueEntry } from './product-schema';

/** About six reads at a time: what browsers allow per host, and kind to a product's server. */
export const PRODUCT_CONCURRENCY = 6;

export type ReadResult = { ok: true; value: unknown } | { ok: false; reason: string };

export type ProductChecker = (
  raw: unknown,
  entry: CatalogueEntry,
) => ProductCheck | Promise<ProductCheck>;

export interface FederateProductsInput {
  catalogue: Catalogue;
  grants: Grants;
  read: (entry: CatalogueEntry) => Promise<ReadResult>;
  check: ProductChecker;
  /** How many products are read at once; checks are not counted. */
  concurrency?: number;
  /** Called as each product settles, in the order they settle. */
  onOutcome?: (outcome: ProductOutcome, settled: number, total: number) => void;
}

function toOutcome(entry: CatalogueEntry, check: ProductCheck): ProductOutcome {
  return check.ok
    ? { kind: 'loaded', id: entry.id, check }
    : { kind: 'unusable', id: entry.id, check };
}

export async function federateProducts(
  input: FederateProductsInput,
): Promise<Map<string, ProductOutcome>> {
  const { catalogue, read, check } = input;
  const limit = pLimit(input.concurrency ?? PRODUCT_CONCURRENCY);
  const outcomes = new Map<string, ProductOutcome>();
  const total = catalogue.products.length;
  const one = async (entry: CatalogueEntry): Promise<ProductOutcome> => {
    try {
      const result = await limit(() => read(entry));
      if (!result.ok) return { kind: 'unreachable', id: entry.id, reason: result.reason };
      return toOutcome(entry, await check(result.value, entry));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'unreachable', id: entry.id, reason };
    }
  };
  await Promise.all(
    catalogue.products.map(async (entry) => {
      const outcome = await one(entry);
      outcomes.set(entry.id, outcome);
      input.onOutcome?.(outcome, outcomes.size, total);
    }),
  );
  // Catalogue order, whatever order they settled in.
  return new Map(
    catalogue.products.map((entry) => [
      entry.id,
      outcomes.get(entry.id) ?? { kind: 'pending', id: entry.id },
    ]),
  );
}
