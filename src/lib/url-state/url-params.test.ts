import { describe, expect, it } from 'vitest';
import type { PageId } from './param-codec';
import { URL_PARAMS } from './url-params';
import type { UrlParamKey } from './url-params';
import { decodeRaw, keepGlobalParams, pageKeys, readParam, writeParams } from './url-state';

// [key, raw text or null, the typed value read]
const READS: [UrlParamKey, string | null, unknown][] = [
  ['period', '2026-Q3', '2026-Q3'],
  ['period', null, null],
  ['period', 'nonsense', null],
  ['period', '2026-Q5', null],
  ['metric', 'standard:bars', { kind: 'standard', id: 'bars' }],
  ['metric', 'category:transfers', { kind: 'category', id: 'transfers' }],
  ['metric', 'overall', { kind: 'overall' }],
  ['metric', 'measure:nhs-app', { kind: 'measure', id: 'nhs-app' }],
  ['measurePeriod', '2026-08', '2026-08'],
  ['metric', 'standard:', { kind: 'overall' }],
  ['metric', 'colour:red', { kind: 'overall' }],
  ['metric', null, { kind: 'overall' }],
  ['view', 'compare', 'compare'],
  ['view', 'pie', 'score'],
  ['map', 'geo', 'geo'],
  ['map', 'GEO', 'hex'],
  ['tables', 'readiness-map, region-chart,,', ['readiness-map', 'region-chart']],
  ['tables', '', []],
  ['categoryWeights', 'transfers:20,citizen:5', { transfers: 20, citizen: 5 }],
  ['categoryWeights', 'identity:-1,transfers:101,x:abc,y:', {}],
  ['categoryWeights', '__proto__:5,bars:1.5', { bars: 1.5 }],
  ['standardWeights', 'bars:0,bars:2', { bars: 2 }],
  ['standardWeights', ':::,,,', {}],
  ['peers', 'E54000008, E54000010,E54000008', ['E54000008', 'E54000010']],
  ['peers', '', []],
  ['peers', null, null],
  ['systems', 'E54000008,E54000010', ['E54000008', 'E54000010']],
  ['systemsQuery', 'kent', 'kent'],
  ['standardsQuery', null, ''],
  ['region', 'Y59', 'Y59'],
  ['region', '', null],
  ['category', 'transfers', 'transfers'],
  ['sort', 'live', 'live'],
  ['sort', 'colour', 'name'],
  ['dir', 'desc', 'desc'],
  ['dir', 'down', 'asc'],
  ['spine', 'gap-peers', 'gap-peers'],
  ['spine', 'random', 'category'],
  ['example', 'E54000008', 'E54000008'],
  ['feed', 'https://feeds.example.org/feed.json', 'https://feeds.example.org/feed.json'],
];

describe('reading a parameter', () => {
  it.each(READS)('%s=%j reads as %j', (key, raw, expected) => {
    expect(decodeRaw(key, raw)).toEqual(expected);
  });
});

// [key, value, the text written, or null when the value is the default and is left out]
const WRITES: [UrlParamKey, unknown, string | null][] = [
  ['period', '2026-Q3', '2026-Q3'],
  ['period', null, null],
  ['metric', { kind: 'standard', id: 'bars' }, 'standard:bars'],
  ['metric', { kind: 'overall' }, null],
  ['view', 'score', null],
  ['view', 'compare', 'compare'],
  ['map', 'hex', null],
  ['tables', [], null],
  ['tables', ['a', 'b'], 'a,b'],
  ['categoryWeights', {}, null],
  ['categoryWeights', { transfers: 20.12345 }, 'transfers:20.123'],
  ['peers', null, null],
  ['peers', [], ''],
  ['systems', [], null],
  ['systemsQuery', '', null],
  ['sort', 'name', null],
  ['dir', 'asc', null],
  ['dir', 'desc', 'desc'],
  ['spine', 'category', null],
  ['example', null, null],
];

describe('writing a parameter', () => {
  it.each(WRITES)('%s = %j writes %j', (key, value, expected) => {
    const params = writeParams(new URLSearchParams('x=1'), { [key]: value });
    expect(params.get(URL_PARAMS[key].name)).toBe(expected);
    expect(params.get('x')).toBe('1');
  });

  it('reads back what it wrote', () => {
    const params = writeParams(new URLSearchParams(), {
      metric: { kind: 'category', id: 'transfers' },
      peers: [],
      dir: 'desc',
    });
    expect(readParam(params, 'metric')).toEqual({ kind: 'category', id: 'transfers' });
    expect(readParam(params, 'peers')).toEqual([]);
    expect(readParam(params, 'dir')).toBe('desc');
  });
});

describe('the registry', () => {
  const pages: PageId[] = [
    'national',
    'systems',
    'system',
    'report',
    'compare',
    'standards',
    'standard',
    'divides',
    'data',
    'products',
    'methodology',
  ];
  it.each(pages)('gives each parameter of the %s page its own name', (page) => {
    const names = pageKeys(page).map((key) => URL_PARAMS[key].name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('marks period, the two weights and measured use as the parameters that travel with links', () => {
    const global = Object.values(URL_PARAMS).filter((spec) => spec.global);
    expect(global.map((spec) => spec.name)).toEqual(['period', 'cw', 'sw', 'mu']);
  });

  it.each([
    ['', ''],
    ['?example=E54000008', ''],
    ['?cw=transfers%3A20&example=x', '?cw=transfers%3A20'],
    [
      '?sw=bars:0&cw=identity:1&feed=x&period=2026-Q1',
      '?period=2026-Q1&cw=identity%3A1&sw=bars%3A0',
    ],
  ])('keeps only the view-wide parameters of %j', (search, expected) => {
    expect(keepGlobalParams(search)).toBe(expected);
  });
});
