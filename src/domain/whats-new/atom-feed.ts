import { CATEGORY_LABELS } from './whats-new-categories';
import type { WhatsNewEntry } from './whats-new-schema';

export interface AtomFeedOptions {
  /** A permanent IRI for the feed (RFC 4287 4.2.6), such as a `urn:uuid:`. */
  feedId: string;
  /** A permanent IRI for each entry, from its stable id. */
  entryId: (entry: WhatsNewEntry) => string;
  title: string;
  subtitle: string;
  author: string;
  /** The feed's own address and the page it mirrors, relative to where the feed is served. */
  selfHref: string;
  pageHref: string;
}

/**
 * The What's new log as an Atom 1.0 document (RFC 4287). `updated` is the newest entry's day, not
 * the build's clock, so the same log always gives the same bytes and readers see no false update.
 */
export function toAtomFeed(entries: readonly WhatsNewEntry[], options: AtomFeedOptions): string {
  const newest = entries.reduce((day, entry) => (entry.date > day ? entry.date : day), '');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(options.feedId)}</id>`,
    `  <title type="text">${escapeXml(options.title)}</title>`,
    `  <subtitle type="text">${escapeXml(options.subtitle)}</subtitle>`,
    `  <updated>${atomDate(newest)}</updated>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfHref)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageHref)}"/>`,
    ...entries.flatMap((entry) => atomEntry(entry, options)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function atomEntry(entry: WhatsNewEntry, options: AtomFeedOptions): string[] {
  const href = `${options.pageHref}#${entry.id}`;
  return [
    '  <entry>',
    `    <id>${escapeXml(options.entryId(entry))}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${atomDate(entry.date)}</updated>`,
    `    <published>${atomDate(entry.date)}</published>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
    // Relative, like the feed's other links, so it resolves on whatever host serves the feed.
    ...(entry.page
      ? [
          `    <link rel="related" type="text/html" href="${escapeXml(entry.page.path.slice(1) || '.')}" title="${escapeXml(entry.page.name)}"/>`,
        ]
      : []),
    `    <category term="${entry.category}" label="${CATEGORY_LABELS[entry.category]}"/>`,
    `    <content type="text">${escapeXml(entry.summary)}</content>`,
    '  </entry>',
  ];
}

/** A day as an RFC 3339 date-time: the start of that day in UTC. */
function atomDate(isoDay: string): string {
  return `${isoDay}T00:00:00Z`;
}

/**
 * Text as XML character data: markup characters escaped, and characters XML 1.0 forbids (control
 * characters other than tab and newlines) dropped, since they would make the document unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
