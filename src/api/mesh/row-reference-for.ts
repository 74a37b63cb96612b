import type { ReferenceFeed, RowReference } from '../../domain/feed/reference-tables';
import { prepareRowReference } from '../../domain/feed/reference-tables';

const prepared = new WeakMap<ReferenceFeed, RowReference>();

/**
 * The reference product's row lookups, made on the first product check and kept with the feed
 * object (the worker keeps one reference per mesh load), so later products reuse them.
 */
export function rowReferenceFor(reference: ReferenceFeed): RowReference {
  let rows = prepared.get(reference);
  if (!rows) {
    rows = prepareRowReference(reference);
    prepared.set(reference, rows);
  }
  return rows;
}
