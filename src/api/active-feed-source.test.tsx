import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmOrigin, linkedFeedSource } from './active-feed-source';

const page = 'https://dashboard.example.nhs.uk/';

describe('linkedFeedSource', () => {
  afterEach(() => sessionStorage.clear());

  it.each([
    ['no link', page, null],
    ['a feed on this site', `${page}?feed=/data/feed.json`, `${page}data/feed.json`],
    [
      'a catalogue on this site',
      `${page}systems?feed=/data/mesh/catalogue.json`,
      `${page}data/mesh/catalogue.json`,
    ],
    ['another site, not yet trusted', `${page}?feed=https://feeds.example.org/f.json`, null],
    ['a javascript: address', `${page}?feed=javascript:alert(1)`, null],
  ])('%s', (_name, pageUrl, expected) => {
    const source = linkedFeedSource(pageUrl);
    expect(source && source.kind === 'url' ? source.url : null).toBe(expected);
  });

  it('takes another site the reader already trusted', () => {
    confirmOrigin('https://feeds.example.org');
    expect(linkedFeedSource(`${page}?feed=https://feeds.example.org/f.json`)).toEqual({
      kind: 'url',
      url: 'https://feeds.example.org/f.json',
    });
  });
});

describe('the feed shown on a page opened from a ?feed= link', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.resetModules();
  });

  it('is the linked feed from the start, so the default catalogue is never fetched first', async () => {
    // Not the tests' default feed (/data/feed.json), so the two cannot be confused.
    window.history.replaceState(null, '', '/?feed=/data/mesh/catalogue.json');
    vi.resetModules();
    const { currentFeedSource } = await import('./active-feed-source');
    expect(currentFeedSource()).toEqual({
      kind: 'url',
      url: new URL('/data/mesh/catalogue.json', window.location.href).href,
    });
  });
});
