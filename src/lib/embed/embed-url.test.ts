import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  embedLink,
  embedSearch,
  fillPattern,
  iframeSnippet,
  matchPattern,
  pageOfEmbed,
} from './embed-url';
import type { ShareFeed } from '../url-state/share-link';

const ORIGIN = 'https://dash.example';
const DEFAULT: ShareFeed = { kind: 'default' };

describe('embedLink', () => {
  it.each([
    {
      name: 'map keeps period, metric, view and weights; drops the Table tab',
      frame: 'readiness-map',
      path: '/',
      search:
        '?tables=readiness-map&period=2025-Q4&metric=standard%3Abars&view=compare&cw=tech%3A2',
      src: `${ORIGIN}/embed/map?period=2025-Q4&cw=tech%3A2&metric=standard%3Abars&view=compare`,
    },
    {
      name: 'map with nothing chosen is the bare embed',
      frame: 'readiness-map',
      path: '/',
      search: '',
      src: `${ORIGIN}/embed/map`,
    },
    {
      name: 'map drops the measure period and the boundaries toggle is kept',
      frame: 'readiness-map',
      path: '/',
      search: '?mperiod=2026-08&map=geo&mu=on',
      src: `${ORIGIN}/embed/map?mu=on&map=geo`,
    },
    {
      name: 'trend keeps peers (an empty group too) and drops the spine order',
      frame: 'profile-trend',
      path: '/systems/E54000036',
      search: '?spine=gap-peers&peers=&period=2026-Q1&sw=bars%3A0',
      src: `${ORIGIN}/embed/systems/E54000036/trend?period=2026-Q1&sw=bars%3A0&peers=`,
    },
    {
      name: 'trend keeps the path segment as encoded',
      frame: 'profile-trend',
      path: '/systems/A%20B',
      search: '?peers=E1%2CE2',
      src: `${ORIGIN}/embed/systems/A%20B/trend?peers=E1%2CE2`,
    },
    {
      name: 'adoption keeps the quarter and drops list filters',
      frame: 'status-mix',
      path: '/standards/bars',
      search: '?period=2026-Q2&q=book&sort=name&metric=overall',
      src: `${ORIGIN}/embed/standards/bars/adoption?period=2026-Q2`,
    },
    {
      name: 'divides dispersion keeps the metric and drops its Table tab',
      frame: 'dispersion',
      path: '/divides',
      search: '?tables=dispersion&metric=category%3Atech&period=2026-Q2',
      src: `${ORIGIN}/embed/divides/dispersion?period=2026-Q2&metric=category%3Atech`,
    },
  ])('$name', ({ frame, path, search, src }) => {
    expect(embedLink(frame, { origin: ORIGIN, pathname: path, search }, DEFAULT)?.src).toBe(src);
  });

  it.each([
    { name: 'a frame with no embed route', frame: 'spine', path: '/systems/E54000036' },
    {
      name: 'a known frame on another page (the board report)',
      frame: 'profile-trend',
      path: '/systems/E54000036/report',
    },
    {
      name: 'the map frame id on the standard page',
      frame: 'readiness-map',
      path: '/standards/bars',
    },
  ])('offers nothing for $name', ({ frame, path }) => {
    expect(embedLink(frame, { origin: ORIGIN, pathname: path, search: '' }, DEFAULT)).toBeNull();
  });
});

describe('embedSearch and the feed', () => {
  it.each<{ name: string; feed: ShareFeed; search: string; want: string }>([
    {
      name: 'the site feed adds nothing',
      feed: DEFAULT,
      search: '?period=2026-Q1',
      want: '?period=2026-Q1',
    },
    {
      name: 'a feed address is added, encoded',
      feed: { kind: 'url', url: 'https://x.example/f.json?a=1&b=2' },
      search: '?period=2026-Q1',
      want: '?period=2026-Q1&feed=https%3A%2F%2Fx.example%2Ff.json%3Fa%3D1%26b%3D2',
    },
    { name: 'a local file cannot travel', feed: { kind: 'file' }, search: '', want: '' },
    {
      name: 'a stale feed= in the page address is not copied',
      feed: DEFAULT,
      search: '?feed=https%3A%2F%2Fold.example%2Ff.json&period=2026-Q1',
      want: '?period=2026-Q1',
    },
  ])('$name', ({ feed, search, want }) => {
    expect(embedSearch(search, ['period'], feed)).toBe(want);
  });
});

describe('pageOfEmbed', () => {
  it.each([
    { path: '/embed/map', search: '?period=2026-Q1', want: '/?period=2026-Q1' },
    { path: '/embed/systems/E54000036/trend', search: '', want: '/systems/E54000036' },
    { path: '/embed/standards/bars/adoption', search: '?mu=on', want: '/standards/bars?mu=on' },
    { path: '/embed/divides/dispersion', search: '?metric=x', want: '/divides?metric=x' },
    { path: '/embed/nothing', search: '', want: null },
  ])('$path gives $want', ({ path, search, want }) => {
    expect(pageOfEmbed(path, search)).toBe(want);
  });
});

describe('patterns', () => {
  it.each([
    { pattern: '/', path: '/', want: {} },
    { pattern: '/systems/:code', path: '/systems/X1', want: { code: 'X1' } },
    { pattern: '/systems/:code', path: '/systems', want: null },
    { pattern: '/systems/:code', path: '/standards/X1', want: null },
  ])('$pattern against $path', ({ pattern, path, want }) => {
    expect(matchPattern(pattern, path)).toEqual(want);
  });

  it('fills what it matched back to the same path', () => {
    fc.assert(
      fc.property(
        fc.webSegment().filter((s) => s !== ''),
        (segment) => {
          const path = `/systems/${encodeURIComponent(segment)}`;
          const params = matchPattern('/systems/:code', path);
          expect(params && fillPattern('/systems/:code', params)).toBe(path);
        },
      ),
      { seed: 16 },
    );
  });
});

describe('iframeSnippet', () => {
  it('escapes the address and title as attribute text', () => {
    expect(iframeSnippet('https://d.example/embed/map?a=1&b="x"', 'A <b> & "c"', 600)).toBe(
      '<iframe src="https://d.example/embed/map?a=1&amp;b=&quot;x&quot;" title="A &lt;b&gt; &amp; &quot;c&quot;" width="100%" height="600" loading="lazy" style="border:0"></iframe>',
    );
  });
});
