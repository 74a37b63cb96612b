/**
 * A fast accept path for technology rows (about 150,000 in the benchmark feed), on the same terms
 * as fast-observation.ts: it only ever accepts, and anything not plainly valid goes to zod.
 */
import { TechnologyComponentSchema, TechnologySchema } from './feed-schema';
import type { Technology } from './feed-schema';
import { hasUndefinedOwn, isPlainRecord, keysFollow, trimmedText } from './plain-row';

const COMPONENTS: ReadonlySet<unknown> = new Set(TechnologyComponentSchema.options);
const PRODUCT_MAX_LENGTH = TechnologySchema.shape.product.maxLength ?? 0;
const SUPPLIER_MAX_LENGTH = TechnologySchema.shape.supplier.maxLength ?? 0;
const FIELD_ORDER = Object.keys(TechnologySchema.shape);

/**
 * The parsed technology row when `raw` is plainly valid in shape, else undefined. As for
 * observations, ids are left to the caller's lookup, and an exact row is returned itself.
 */
export function plainTechnology(raw: unknown): Technology | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const { system, period, component } = raw;
  if (typeof system !== 'string' || typeof period !== 'string') return undefined;
  if (!COMPONENTS.has(component)) return undefined;
  const product = trimmedText(raw.product, PRODUCT_MAX_LENGTH);
  const supplier = trimmedText(raw.supplier, SUPPLIER_MAX_LENGTH);
  if (product === undefined || supplier === undefined) return undefined;
  const exact = product === raw.product && supplier === raw.supplier;
  if (exact && keysFollow(raw, FIELD_ORDER, FIELD_ORDER.length)) return raw as Technology;
  if (hasUndefinedOwn(raw, FIELD_ORDER)) return undefined;
  return { system, period, component: component as Technology['component'], product, supplier };
}
