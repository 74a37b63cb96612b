import { describe, expect, it } from 'vitest';
import type { PageId } from './param-codec';
import { readPageState, writePageState } from './url-state';

/**
 * Links people already hold (from e2e/, docs/, the README): each must still open as the same view,
 * and writing that view back must give the same parameters, defaults left out.
 */
const LINKS: [PageId, string, Record<string, unknown>][] = [
  [
    'national',
    '?period=2026-Q3&metric=standard:bars&view=compare&tables=national-map',
    {
      period: '2026-Q3',
      metric: { kind: 'standard', id: 'bars' },
      view: 'compare',
      tables: ['national-map'],
    },
  ],
  ['national', '?tables=readiness-map,region-chart', { tables: ['readiness-map', 'region-chart'] }],
  ['national', '?map=geo', { map: 'geo' }],
  [
    'national',
    '?cw=transfers:20&sw=bars:0',
    { categoryWeights: { transfers: 20 }, standardWeights: { bars: 0 } },
  ],
  [
    'standards',
    '?category=transfers&sort=mean&dir=desc&q=gp',
    { category: 'transfers', sort: 'mean', dir: 'desc', standardsQuery: 'gp' },
  ],
  ['standards', '?sort=live', { sort: 'live' }],
  ['systems', '?q=kent&region=Y59', { systemsQuery: 'kent', region: 'Y59' }],
  [
    'compare',
    '?systems=E54000008,E54000050,E54000027',
    { systems: ['E54000008', 'E54000050', 'E54000027'] },
  ],
  [
    'system',
    '?peers=E54000008,E54000010&spine=gap-peers',
    { peers: ['E54000008', 'E54000010'], spine: 'gap-peers' },
  ],
  ['system', '?peers=', { peers: [] }],
  [
    'report',
    '?period=2025-Q4&peers=E54000008,E54000050',
    { period: '2025-Q4', peers: ['E54000008', 'E54000050'] },
  ],
  ['methodology', '?example=E54000008', { example: 'E54000008' }],
  [
    'divides',
    '?cw=transfers:0&metric=standard:shcr-cross-ics',
    { categoryWeights: { transfers: 0 }, metric: { kind: 'standard', id: 'shcr-cross-ics' } },
  ],
  [
    'systems',
    `?feed=${encodeURIComponent('https://feeds.example.org/icb/feed.json')}`,
    { feed: 'https://feeds.example.org/icb/feed.json' },
  ],
];

const sorted = (search: string) => [...new URLSearchParams(search)].sort();

describe('old links', () => {
  it.each(LINKS)('%s %s opens as before', (page, search, expected) => {
    const state = readPageState(search, page);
    expect(state).toMatchObject(expected);
    // Everything the link leaves out is the default, and writing drops defaults again.
    expect(sorted(writePageState(state, page))).toEqual(sorted(search.replaceAll(':', '%3A')));
  });

  it('drops defaults a hand-written link spells out', () => {
    const state = readPageState('?view=score&map=hex&dir=asc&tables=&metric=overall', 'national');
    expect(writePageState(state, 'national')).toBe('');
  });
});
