import type { WhatsNewEntry } from '../../domain/whats-new/whats-new-schema';

/**
 * The log's data issues, kept apart from the rest of whats-new-entries.ts because every page's
 * notice (data-issue-notice.tsx) reads them: the whole log would add its text to every page's
 * first download. Newest first; WHATS_NEW_ENTRIES merges them in by date.
 */
export const DATA_ISSUE_ENTRIES: WhatsNewEntry[] = [
  {
    id: 'sample-mesh-products-without-data',
    date: '2026-12-05',
    category: 'data-issue',
    title: 'Two data products in the bundled sample give no data',
    summary:
      'The bundled sample data mesh plants faults on purpose so that every state can be seen. The Cornwall and the Isles of Scilly product is listed in the catalogue but has no file at its address, and the Somerset product declares contract 2.0, which this dashboard does not read. Those two systems show "No data" rather than a score, and national and regional figures are based on the other products. Two further products are late and one has missed two quarters. The single-file sample at /data/feed.json has none of these faults.',
    affects: {
      routes: ['/', '/systems', '/compare', '/divides'],
      systems: ['E54000036', 'E54000038'],
    },
  },
];
