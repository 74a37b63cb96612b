import { createHash } from 'node:crypto';
import { toAtomFeed } from '../../src/domain/whats-new/atom-feed';
import { WHATS_NEW_ENTRIES } from '../../src/features/whats-new/whats-new-entries';

/** Where the feed is served, beside index.html; public/ copies it into every build as it is. */
export const ATOM_FILE = 'public/whats-new.atom';

/**
 * A fixed namespace for this dashboard's name-based UUIDs (RFC 9562 version 5), so each entry's
 * Atom id is a permanent IRI made from its stable id, whatever host the build is deployed on.
 */
const NAMESPACE = '6f1d3c2a-5b7e-4a39-9c0e-2f8d41b6e7a5';

export function nameUuid(name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The Atom document for the committed log. Links are relative to the feed's own address. */
export function whatsNewAtom(): string {
  return toAtomFeed(WHATS_NEW_ENTRIES, {
    feedId: `urn:uuid:${nameUuid('whats-new')}`,
    entryId: (entry) => `urn:uuid:${nameUuid(`whats-new/${entry.id}`)}`,
    title: "What's new: Interoperability readiness",
    subtitle:
      'New features, data updates, data issues and method changes of the Interoperability readiness dashboard.',
    author: 'Interoperability readiness dashboard project',
    selfHref: 'whats-new.atom',
    pageHref: 'whats-new',
  });
}
