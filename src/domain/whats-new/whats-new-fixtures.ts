import type { WhatsNewEntry } from './whats-new-schema';

/** A hand-written entry for the domain tests; `overrides` set what a case is about. */
export function entry(overrides: Partial<WhatsNewEntry> = {}): WhatsNewEntry {
  return {
    id: 'an-entry',
    date: '2026-12-05',
    category: 'new-feature',
    title: 'A title',
    summary: 'A summary.',
    ...overrides,
  };
}
