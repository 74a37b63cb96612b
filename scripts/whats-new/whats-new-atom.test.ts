// @vitest-environment jsdom
// (the browser's own XML parser reads the feed, as a feed reader would)
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { WHATS_NEW_ENTRIES } from '../../src/features/whats-new/whats-new-entries';
import { ATOM_FILE, nameUuid, whatsNewAtom } from './whats-new-atom';

const ATOM = 'http://www.w3.org/2005/Atom';

describe('public/whats-new.atom', () => {
  it('is the Atom document of the committed log (run npm run build:whats-new after a change)', async () => {
    expect(await readFile(ATOM_FILE, 'utf8')).toBe(whatsNewAtom());
  });

  it('parses as Atom with one entry per log entry, each with the required elements', async () => {
    const doc = new DOMParser().parseFromString(
      await readFile(ATOM_FILE, 'utf8'),
      'application/xml',
    );
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    expect(entries).toHaveLength(WHATS_NEW_ENTRIES.length);
    for (const item of entries) {
      const names = [...item.children].map((node) => node.localName);
      expect(names).toEqual(expect.arrayContaining(['id', 'title', 'updated', 'link', 'content']));
    }
    const ids = entries.map((item) => item.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent);
    expect(new Set(ids).size).toBe(entries.length);
  });
});

describe('nameUuid', () => {
  it.each(['whats-new', 'whats-new/a', ''])('%s gives a stable version 5 UUID', (name) => {
    const uuid = nameUuid(name);
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid(name)).toBe(uuid);
  });

  it('gives different names different ids', () => {
    expect(nameUuid('whats-new/a')).not.toBe(nameUuid('whats-new/b'));
  });
});
