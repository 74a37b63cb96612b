/**
 * The log's categories and their labels, apart from the entry schema (whats-new-schema.ts) so the
 * What's new page shows them without loading zod, which only the tests and the Atom build need.
 */
/** The four kinds of change the log records, in the order a reader meets them on the page. */
export const WHATS_NEW_CATEGORIES = [
  'new-feature',
  'data-update',
  'data-issue',
  'method-change',
] as const;

export const CATEGORY_LABELS: Record<WhatsNewCategory, string> = {
  'new-feature': 'New feature',
  'data-update': 'Data update',
  'data-issue': 'Data issue',
  'method-change': 'Method change',
};

export type WhatsNewCategory = (typeof WHATS_NEW_CATEGORIES)[number];
