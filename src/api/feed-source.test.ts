import { describe, expect, it } from 'vitest';
import {
  defaultFeedSource,
  feedUrlFromParam,
  isCrossOrigin,
  isDefaultSource,
  readFeedParam,
} from './feed-source';

const page = 'https://dashboard.example.nhs.uk/systems?x=1';

describe('feedUrlFromParam', () => {
  it.each([
    ['no parameter', null, null],
    ['an empty parameter', '', null],
    ['a path on this site', '/data/other.json', 'https://dashboard.example.nhs.uk/data/other.json'],
    ['another https site', 'https://feeds.example.org/f.json', 'https://feeds.example.org/f.json'],
    ['plain http', 'http://feeds.example.org/f.json', 'http://feeds.example.org/f.json'],
    ['a javascript: URL', 'javascript:alert(1)', null],
    ['a data: URL', 'data:application/json,{}', null],
    ['a file: URL', 'file:///etc/passwd', null],
  ])('%s', (_label, param, expected) => {
    expect(feedUrlFromParam(param, page)).toBe(expected);
  });
});

describe('isCrossOrigin', () => {
  it.each([
    ['the same site', 'https://dashboard.example.nhs.uk/data/feed.json', false],
    ['another host', 'https://feeds.example.org/feed.json', true],
    ['another scheme', 'http://dashboard.example.nhs.uk/data/feed.json', true],
    ['another port', 'https://dashboard.example.nhs.uk:8443/feed.json', true],
  ])('%s', (_label, feed, expected) => {
    expect(isCrossOrigin(feed, page)).toBe(expected);
  });
});

describe('the default source', () => {
  it('is the bundled feed on this site', () => {
    expect(defaultFeedSource(page)).toEqual({
      kind: 'url',
      url: 'https://dashboard.example.nhs.uk/data/feed.json',
    });
    expect(isDefaultSource(defaultFeedSource(page), page)).toBe(true);
    expect(isDefaultSource({ kind: 'url', url: 'https://feeds.example.org/f.json' }, page)).toBe(
      false,
    );
    expect(isDefaultSource({ kind: 'file', id: '1', name: 'f.json', size: 2 }, page)).toBe(false);
  });
});

describe('readFeedParam', () => {
  it.each([
    ['javascript:alert(1)', 'a javascript: address runs code rather than naming a feed'],
    [
      'data:application/json,{}',
      'a data: address carries its own content, which could pass off made-up numbers',
    ],
    ['file:///etc/passwd', 'file: addresses are not allowed'],
    ['http://[::1', 'it is not a web address'],
  ])('refuses %s, saying why', (param, why) => {
    const read = readFeedParam(param, page);
    expect(read).toMatchObject({ kind: 'refused', param });
    if (read.kind === 'refused') {
      expect(read.reason).toBe(
        `${why}; only http:// and https:// feed addresses can be loaded from a link`,
      );
    }
  });

  it.each([
    [null, { kind: 'none' }],
    ['', { kind: 'none' }],
    ['/data/other.json', { kind: 'url', url: 'https://dashboard.example.nhs.uk/data/other.json' }],
  ])('reads %s', (param, expected) => {
    expect(readFeedParam(param, page)).toEqual(expected);
  });
});
