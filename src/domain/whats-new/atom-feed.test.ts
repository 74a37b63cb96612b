// @vitest-environment jsdom
// (the browser's own XML parser reads the feed, as a feed reader would)
import { describe, expect, it } from 'vitest';
import { escapeXml, toAtomFeed } from './atom-feed';
import type { AtomFeedOptions } from './atom-feed';
import { entry } from './whats-new-fixtures';
import type { WhatsNewEntry } from './whats-new-schema';

const ATOM = 'http://www.w3.org/2005/Atom';
const OPTIONS: AtomFeedOptions = {
  feedId: 'urn:uuid:00000000-0000-5000-8000-000000000000',
  entryId: (item) => `urn:example:${item.id}`,
  title: 'What changed',
  subtitle: 'A log',
  author: 'The team',
  selfHref: 'whats-new.atom',
  pageHref: 'whats-new',
};

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(error.textContent ?? 'not well-formed');
  return doc;
}

function child(parent: Element, name: string): Element | undefined {
  return [...parent.children].find((node) => node.namespaceURI === ATOM && node.localName === name);
}

describe('toAtomFeed', () => {
  const entries = [
    entry({ id: 'newer', date: '2026-12-06', category: 'data-issue', title: 'Fish & <chips>' }),
    entry({ id: 'older', date: '2026-11-25', summary: 'Said "so" <b>not bold</b>' }),
  ];
  const doc = parse(toAtomFeed(entries, OPTIONS));
  const feed = doc.documentElement;

  it('is an Atom feed with the elements RFC 4287 requires of a feed', () => {
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed']);
    expect(child(feed, 'id')?.textContent).toBe(OPTIONS.feedId);
    expect(child(feed, 'title')?.textContent).toBe('What changed');
    // The newest entry's day, not the clock: the same log gives the same file.
    expect(child(feed, 'updated')?.textContent).toBe('2026-12-06T00:00:00Z');
    expect(child(child(feed, 'author')!, 'name')?.textContent).toBe('The team');
    const self = [...feed.children].find((node) => node.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe('whats-new.atom');
  });

  it('gives each entry an id, title, updated, link and content, escaping the text', () => {
    const items = [...feed.getElementsByTagNameNS(ATOM, 'entry')];
    expect(
      items.map((item) => ({
        id: child(item, 'id')?.textContent,
        title: child(item, 'title')?.textContent,
        updated: child(item, 'updated')?.textContent,
        href: child(item, 'link')?.getAttribute('href'),
        category: child(item, 'category')?.getAttribute('label'),
        content: child(item, 'content')?.textContent,
        contentType: child(item, 'content')?.getAttribute('type'),
      })),
    ).toEqual([
      {
        id: 'urn:example:newer',
        title: 'Fish & <chips>',
        updated: '2026-12-06T00:00:00Z',
        href: 'whats-new#newer',
        category: 'Data issue',
        content: 'A summary.',
        contentType: 'text',
      },
      {
        id: 'urn:example:older',
        title: 'A title',
        updated: '2026-11-25T00:00:00Z',
        href: 'whats-new#older',
        category: 'New feature',
        content: 'Said "so" <b>not bold</b>',
        contentType: 'text',
      },
    ]);
  });
});

describe('an entry about a page', () => {
  function relatedLinks(page: WhatsNewEntry['page']) {
    const feed = parse(toAtomFeed([entry({ page })], OPTIONS)).documentElement;
    const item = feed.getElementsByTagNameNS(ATOM, 'entry')[0]!;
    return [...item.children]
      .filter((node) => node.localName === 'link' && node.getAttribute('rel') === 'related')
      .map((node) => [node.getAttribute('href'), node.getAttribute('title')]);
  }

  it.each([
    // Relative to the feed's own address, like its other links: /whats-new.atom -> /access-our-data.
    {
      page: { path: '/access-our-data', name: 'Access our data' },
      expected: [['access-our-data', 'Access our data']],
    },
    {
      page: { path: '/data/products', name: 'Data & "products"' },
      expected: [['data/products', 'Data & "products"']],
    },
    // The site's home page: '.' is the feed's own folder.
    { page: { path: '/', name: 'the national map' }, expected: [['.', 'the national map']] },
    { page: undefined, expected: [] },
  ])('$page.path links related $expected', ({ page, expected }) => {
    expect(relatedLinks(page)).toEqual(expected);
  });
});

describe('escapeXml', () => {
  it.each([
    { text: 'plain', expected: 'plain' },
    { text: 'a & b', expected: 'a &amp; b' },
    { text: '<script>', expected: '&lt;script&gt;' },
    { text: 'say "hi"', expected: 'say &quot;hi&quot;' },
    { text: 'bell\u0007 and tab\t', expected: 'bell and tab\t' },
    { text: '\uFFFE', expected: '' },
    { text: 'émoji 🙂', expected: 'émoji 🙂' },
  ])('$text', ({ text, expected }) => {
    expect(escapeXml(text)).toBe(expected);
  });
});
