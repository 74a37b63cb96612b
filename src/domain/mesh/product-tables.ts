import type { TableCount } from '../feed/feed-issues';

/**
 * The tables a domain product can carry and their row totals. Apart from the product check
 * (check-product.ts) so that pages counting rows (the mesh's merged view, the status board) do not
 * load the row schemas and zod with it: the page's first view then needs neither.
 */
export const PRODUCT_TABLES = ['observations', 'technology', 'measures', 'measurements'] as const;
export type ProductTable = (typeof PRODUCT_TABLES)[number];

/** A product's rows over all its tables, as the status board and the product's state count them. */
export function productRowTotals(counts: Partial<Record<ProductTable, TableCount>>): TableCount {
  const total = { read: 0, accepted: 0, rejected: 0 };
  for (const table of PRODUCT_TABLES) {
    const count = counts[table];
    if (count === undefined) continue;
    total.read += count.read;
    total.accepted += count.accepted;
    total.rejected += count.rejected;
  }
  return total;
}
