import { describe, expect, it } from 'vitest';
import { searchItems } from './search-items';
import { normalise, searchSite } from './site-search';

const ITEMS = searchItems({
  systems: [
    {
      code: 'E54000008',
      odsCode: 'QYG',
      name: 'NHS Cheshire and Merseyside ICB',
      shortName: 'Cheshire and Merseyside',
      validTo: null,
    },
    {
      code: 'E54000034',
      odsCode: 'QNQ',
      name: 'NHS Frimley ICB',
      shortName: 'Frimley',
      validTo: '2026-03-31',
    },
    {
      code: 'E54000069',
      name: 'NHS Surrey and Sussex ICB',
      shortName: 'Surrey and Sussex',
      validTo: null,
    },
    {
      code: 'E54000010',
      odsCode: 'QNC',
      name: 'NHS Staffordshire and Stoke-on-Trent ICB',
      shortName: 'Staffordshire and Stoke-on-Trent',
      validTo: null,
    },
  ],
  crosswalk: [{ from: 'E54000034', to: [{ code: 'E54000069' }] }],
  standards: [{ id: 'nhs-number', name: 'NHS Number (ISB 0149)' }],
  pages: [
    { to: '/', label: 'National picture' },
    { to: '/whats-new', label: "What's new" },
  ],
});

function found(text: string) {
  return searchSite(ITEMS, text).groups.map((group) => [
    group.group,
    group.results.map((result) => result.item.key + (result.viaFormerName ? ' (former)' : '')),
  ]);
}

describe('searchSite', () => {
  it.each([
    { query: '', expected: [] },
    { query: '   ', expected: [] },
    { query: 'QYG', expected: [['systems', ['E54000008']]] },
    { query: 'qyg', expected: [['systems', ['E54000008']]] },
    { query: 'E54000008', expected: [['systems', ['E54000008']]] },
    // An ended ICB is found by its own name first, then the system that took it in, saying why.
    { query: 'Frimley', expected: [['systems', ['E54000034', 'E54000069 (former)']]] },
    { query: 'stoke on trent', expected: [['systems', ['E54000010']]] },
    { query: 'cheshire mersey', expected: [['systems', ['E54000008']]] },
    { query: 'isb 0149', expected: [['standards', ['nhs-number']]] },
    { query: 'whats new', expected: [['pages', ['/whats-new']]] },
    { query: 'zzz', expected: [] },
    {
      query: 'nhs',
      expected: [
        ['systems', ['E54000008', 'E54000034', 'E54000010', 'E54000069']],
        ['standards', ['nhs-number']],
      ],
    },
  ])('"$query"', ({ query, expected }) => {
    expect(found(query)).toEqual(expected);
  });

  it('shows at most perGroup in each group and counts every match', () => {
    const results = searchSite(ITEMS, 'nhs', 2);
    expect([results.shown, results.total]).toEqual([3, 5]);
  });
});

describe('normalise', () => {
  it.each([
    ['Stoke-on-Trent', 'stoke on trent'],
    ["What's new", 'whats new'],
    ['What\u2019s new', 'whats new'],
    ['  Ménière ', 'meniere'],
    ['', ''],
  ])('%s', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });
});
