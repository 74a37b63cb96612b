/** The catalogue is the mesh's envelope: unusable means nothing can load (exit 2, an error page). */
import type { FeedFatal } from '../feed/feed-issues';
import { validateRow } from '../feed/validate-row';
import { grantOwnership } from './ownership';
import type { Grants } from './ownership';
import { CatalogueSchema } from './product-schema';
import type { Catalogue } from './product-schema';

export type CatalogueResult =
  { ok: true; catalogue: Catalogue; grants: Grants } | { ok: false; fatal: FeedFatal };

export function readCatalogue(raw: unknown): CatalogueResult {
  const parsed = validateRow(CatalogueSchema, raw, '$', 'catalogue');
  if (!parsed.ok) {
    const first = parsed.problems[0] ?? { path: '$', reason: 'it does not match its schema' };
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : '';
    return {
      ok: false,
      fatal: { path: first.path, reason: `The catalogue is invalid: ${first.reason}${more}` },
    };
  }
  const ids = new Set<string>([parsed.value.reference.id]);
  for (const [index, entry] of parsed.value.products.entries()) {
    if (ids.has(entry.id)) {
      const reason = `The catalogue lists the product id "${entry.id}" twice; ids must be unique`;
      return { ok: false, fatal: { path: `$.products[${index}].id`, reason } };
    }
    ids.add(entry.id);
  }
  return { ok: true, catalogue: parsed.value, grants: grantOwnership(parsed.value) };
}

export { productUrl } from './product-url';
