/**
 * Loads every domain product of a catalogue, a few at a time, and checks each on its own. The
 * caller supplies the reading (fetch in the app, files or fetch in `mesh:check`) and may supply
 * the checking (a worker in the app), so this order of work is written once. A product that
 * cannot be read or fails its contract is isolated: it becomes an outcome, never an exception.
 *
 * Only the reading is limited: a product waiting for its check (the worker checks one at a time,
 * and the app's checks also wait for the reference product) does not hold a request slot, so the
 * next products download meanwhile.
 */
import pLimit from 'p-limit';
import { prepareRowReference } from '../feed/reference-tables';
import type { ReferenceFeed } from '../feed/reference-tables';
import { checkDomainProduct } from './check-product';
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

/** The reference product, checked against here, or the caller's own check (the app's worker). */
type Checking = { reference: ReferenceFeed } | { check: ProductChecker };

export type FederateInput = Checking & {
  catalogue: Catalogue;
  grants: Grants;
  read: (entry: CatalogueEntry) => Promise<ReadResult>;
  /** How many products are read at once; checks are not counted. */
  concurrency?: number;
  /** Called as each product settles, in the order they settle. */
  onOutcome?: (outcome: ProductOutcome, settled: number, total: number) => void;
};

function toOutcome(entry: CatalogueEntry, check: ProductCheck): ProductOutcome {
  return check.ok
    ? { kind: 'loaded', id: entry.id, check }
    : { kind: 'unusable', id: entry.id, check };
}

/** The reference is judged once here, not again for each product. */
function checkAgainst(reference: ReferenceFeed, grants: Grants): ProductChecker {
  const rows = prepareRowReference(reference);
  return (raw: unknown, entry: CatalogueEntry) =>
    checkDomainProduct({ raw, entry, reference: rows, grants });
}

export async function federate(input: FederateInput): Promise<Map<string, ProductOutcome>> {
  const { catalogue, grants, read } = input;
  const check = 'check' in input ? input.check : checkAgainst(input.reference, grants);
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
