/**
 * feed:check on a data product alone: a file with a `product` section and no geography is judged
 * as the mesh judges it (src/domain/mesh/check-product.ts), against a reference product (the
 * bundled one unless --reference names another), owning the systems its descriptor declares.
 */
import { fileURLToPath } from 'node:url';
import type { CheckReport } from '../../src/domain/feed/check-report';
import { unreadableReport } from '../../src/domain/feed/check-report';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { prepareRowReference } from '../../src/domain/feed/reference-tables';
import { checkDomainProduct } from '../../src/domain/mesh/check-product';
import { grantOwnership } from '../../src/domain/mesh/ownership';
import { buildProductCheckReport } from '../../src/domain/mesh/product-check-report';
import type { CatalogueEntry } from '../../src/domain/mesh/product-schema';
import { readInput } from './read-input';

export const DEFAULT_REFERENCE = fileURLToPath(
  new URL('../../public/data/mesh/reference.json', import.meta.url),
);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A data product rather than a feed: it describes itself and takes its geography from a reference. */
export function isDataProduct(input: unknown): input is Record<string, unknown> {
  return isRecord(input) && Object.hasOwn(input, 'product') && !Object.hasOwn(input, 'geography');
}

/** The catalogue entry the product's own descriptor implies, so ownership is what it declares. */
function entryOf(raw: Record<string, unknown>, source: string): CatalogueEntry {
  const product = isRecord(raw.product) ? raw.product : {};
  const domain = Array.isArray(product.domain) ? product.domain : [];
  return {
    id: typeof product.id === 'string' ? product.id : 'product',
    url: source,
    owner: 'the product checked',
    expectedContract: '1.x',
    domain: domain.filter((code): code is string => typeof code === 'string'),
  };
}

export async function checkProductInput(
  raw: Record<string, unknown>,
  source: string,
  referenceSource: string,
  now: Date,
): Promise<CheckReport> {
  const input = await readInput(referenceSource);
  if (!input.ok) return unreadableReport(source, `the reference: ${input.reason}`, now);
  const parsed = parseFeed(input.value);
  if (!parsed.ok) {
    const reason = `the reference ${referenceSource} is not a usable feed: ${parsed.fatal.reason}`;
    return unreadableReport(source, reason, now);
  }
  const entry = entryOf(raw, source);
  const check = checkDomainProduct({
    raw,
    entry,
    reference: prepareRowReference(parsed.feed),
    grants: grantOwnership({ products: [entry] }),
  });
  return buildProductCheckReport(check, now, source);
}
