import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  embedLink,
  embedSearch,
  fillPattern,
  iframeSnippet,
  matchFrame,
  matchPattern,
  pageOfEmbed,
  topWindowLink,
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
    {
      name: 'measure map shares the map route and keeps the measure period, not the view',
      frame: 'measure-map',
      path: '/',
      search: '?metric=measure%3Aae-attendances&mperiod=2026-08&view=compare&period=2026-Q2',
      src: `${ORIGIN}/embed/map?period=2026-Q2&metric=measure%3Aae-attendances&mperiod=2026-08`,
    },
    {
      name: 'region chart keeps the scores, not the map metric',
      frame: 'region-chart',
      path: '/',
      search: '?metric=standard%3Abars&mu=on&tables=region-chart',
      src: `${ORIGIN}/embed/regions?mu=on`,
    },
    {
      name: 'categories keep peers and drop the spine order',
      frame: 'profile-categories',
      path: '/systems/E54000008',
      search: '?spine=category&peers=E54000050',
      src: `${ORIGIN}/embed/systems/E54000008/categories?peers=E54000050`,
    },
    {
      name: 'spine keeps its order and peers',
      frame: 'profile-spine',
      path: '/systems/E54000008',
      search: '?spine=gap-peers&period=2026-Q1&peers=E54000050%2CE54000027',
      src: `${ORIGIN}/embed/systems/E54000008/spine?period=2026-Q1&peers=E54000050%2CE54000027&spine=gap-peers`,
    },
    {
      name: 'a measure trend takes its measure from the frame id and keeps no view setting',
      frame: 'measure-trend-ae-attendances',
      path: '/systems/E54000008',
      search: '?period=2026-Q1&peers=&cw=tech%3A2',
      src: `${ORIGIN}/embed/systems/E54000008/measures/ae-attendances`,
    },
    {
      name: 'a measure id is encoded as a path segment',
      frame: 'measure-trend-A&E/type 1',
      path: '/systems/E54000008',
      search: '',
      src: `${ORIGIN}/embed/systems/E54000008/measures/A%26E%2Ftype%201`,
    },
    {
      name: 'compare trend keeps the systems in order and the scores',
      frame: 'compare-trend',
      path: '/compare',
      search: '?systems=E54000008%2CE54000050&sw=bars%3A0&tables=compare-trend',
      src: `${ORIGIN}/embed/compare/trend?sw=bars%3A0&systems=E54000008%2CE54000050`,
    },
    {
      name: 'say and do keeps the quarter only: weights do not enter it',
      frame: 'say-and-do-eps-use',
      path: '/say-and-do',
      search: '?period=2026-Q2&cw=tech%3A2&mu=on',
      src: `${ORIGIN}/embed/say-and-do/eps-use?period=2026-Q2`,
    },
    {
      name: 'regional split keeps the metric',
      frame: 'regional-split',
      path: '/divides',
      search: '?metric=standard%3Abars&tables=regional-split',
      src: `${ORIGIN}/embed/divides/regional?metric=standard%3Abars`,
    },
    {
      name: 'deprivation keeps the metric and quarter',
      frame: 'deprivation',
      path: '/divides',
      search: '?period=2025-Q4&metric=category%3Atech',
      src: `${ORIGIN}/embed/divides/deprivation?period=2025-Q4&metric=category%3Atech`,
    },
    {
      name: 'borders drop the metric: the border score does not use it',
      frame: 'border-map',
      path: '/divides',
      search: '?period=2025-Q4&metric=category%3Atech&mu=on',
      src: `${ORIGIN}/embed/divides/borders?period=2025-Q4&mu=on`,
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
    { name: 'the generic table frame of the borders', frame: 'borders-table', path: '/divides' },
    { name: 'a measure trend id with no measure', frame: 'measure-trend-', path: '/systems/E1' },
    { name: 'a say-and-do frame on the divides page', frame: 'say-and-do-x', path: '/divides' },
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
    { path: '/embed/regions', search: '?mu=on', want: '/?mu=on' },
    {
      path: '/embed/systems/E54000008/measures/ae-attendances',
      search: '',
      want: '/systems/E54000008',
    },
    {
      path: '/embed/systems/E54000008/spine',
      search: '?spine=category',
      want: '/systems/E54000008?spine=category',
    },
    { path: '/embed/compare/trend', search: '?systems=A%2CB', want: '/compare?systems=A%2CB' },
    { path: '/embed/say-and-do/eps-use', search: '', want: '/say-and-do' },
    { path: '/embed/divides/borders', search: '', want: '/divides' },
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

describe('matchFrame', () => {
  it.each([
    { pattern: 'dispersion', id: 'dispersion', want: {} },
    { pattern: 'dispersion', id: 'dispersion-2', want: null },
    { pattern: 'measure-trend-:measure', id: 'measure-trend-eps', want: { measure: 'eps' } },
    { pattern: 'measure-trend-:measure', id: 'measure-trend-a b', want: { measure: 'a%20b' } },
    { pattern: 'measure-trend-:measure', id: 'measure-trend-', want: null },
    { pattern: 'measure-trend-:measure', id: 'measure-map', want: null },
  ])('$pattern against $id', ({ pattern, id, want }) => {
    expect(matchFrame(pattern, id)).toEqual(want);
  });
});

describe('topWindowLink', () => {
  it.each<{ name: string; feed: ShareFeed; path: string; want: string }>([
    {
      name: 'the site feed: the path as it is',
      feed: DEFAULT,
      path: '/systems/E54000008?period=2026-Q1',
      want: `${ORIGIN}/systems/E54000008?period=2026-Q1`,
    },
    {
      name: 'another feed travels with the profile a hex opens',
      feed: { kind: 'url', url: 'https://x.example/f.json' },
      path: '/systems/E54000008?period=2026-Q1&cw=tech%3A2',
      want: `${ORIGIN}/systems/E54000008?period=2026-Q1&cw=tech%3A2&feed=https%3A%2F%2Fx.example%2Ff.json`,
    },
    {
      name: 'a local file cannot travel',
      feed: { kind: 'file' },
      path: '/divides?metric=x',
      want: `${ORIGIN}/divides?metric=x`,
    },
  ])('$name', ({ feed, path, want }) => {
    expect(topWindowLink(path, ORIGIN, feed)).toBe(want);
  });
});

describe('iframeSnippet', () => {
  it('escapes the address and title as attribute text', () => {
    expect(iframeSnippet('https://d.example/embed/map?a=1&b="x"', 'A <b> & "c"', 600)).toBe(
      '<iframe src="https://d.example/embed/map?a=1&amp;b=&quot;x&quot;" title="A &lt;b&gt; &amp; &quot;c&quot;" width="100%" height="600" loading="lazy" style="border:0"></iframe>',
    );
  });
});
