/**
 * The Systems list rows on the minimal feed, with one extra quarter (2025-Q2) a year before its
 * latest (2026-Q2), so the change over the year can be worked by hand. 2025-Q3 is left out of the
 * feed on purpose: the year-earlier quarter must be found by name, not by counting back 4 places.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { endedSystems, filterSystemRows, matchesSystem, systemRows } from './system-rows';
import type { SystemRow } from './system-rows';

const feed = editFeed(
  minimalFeed,
  { set: ['periods'], to: ['2025-Q2', '2025-Q4', '2026-Q1', '2026-Q2'] },
  {
    push: ['observations'],
    rows: [
      { system: 'S1', standard: 'nhs-number', period: '2025-Q2', status: 'live' },
      { system: 'S1', standard: 'e-rs', period: '2025-Q2', status: 'planned' },
      { system: 'S1', standard: 'bars', period: '2025-Q2', status: 'not-started' },
      { system: 'S2', standard: 'nhs-number', period: '2025-Q2', status: 'live' },
      { system: 'S2', standard: 'e-rs', period: '2025-Q2', status: 'live' },
    ],
  },
) as Feed;
const scores = scoreFeed(feed, defaultWeights(feed));
const intervals = { S1: { rank: 2, low: 1, high: 2 }, S3: { rank: 3, low: 3, high: 3 } };
const rows = systemRows(feed, scores, '2026-Q2', intervals);
const byCode = (code: string) => rows.find((row) => row.code === code);

describe('systemRows', () => {
  it('lists the systems valid in the quarter, in feed order, with names and regions', () => {
    // North Vale (S2) ended on 31 March 2026, so it is not in 2026-Q2.
    expect(rows.map((row) => [row.code, row.shortName, row.regionName])).toEqual([
      ['S1', 'West Hills', 'North'],
      ['S3', 'East Shore', 'South'],
      ['S4', 'Vale and Shore', 'North'],
    ]);
  });

  it.each([
    // England 2026-Q2 (population-weighted): (82.5 x 1.0m + 65 x 2.0m + 90.667 x 0.3m) / 3.3m
    // = (82.5 + 130 + 27.2) / 3.3 = 72.64.
    // S1: 82.5 - 72.64 = +9.86, higher. 2025-Q2: identity 100; transfers (1 x 10 + 3 x 0) / 4 =
    //     2.5; overall (1 x 100 + 2 x 2.5) / 3 = 35; change 82.5 - 35 = 47.5.
    { code: 'S1', overall: 82.5, vs: 'higher', change: 47.5, rebased: false, low: false },
    // S3: 65 - 72.64 = -7.64, lower. It reported nothing in 2025-Q2: no change.
    { code: 'S3', overall: 65, vs: 'lower', change: null, rebased: false, low: false },
    // S4 (new in April 2026): 90.667 - 72.64 = +18.03, higher. 2025-Q2 is rebased from North Vale,
    //     its one predecessor: identity 100, transfers e-RS alone 100, overall 100;
    //     change 90.667 - 100 = -9.333. Half its weight was reported (BaRS missing): low confidence.
    {
      code: 'S4',
      overall: 90.666666667,
      vs: 'higher',
      change: -9.333333333,
      rebased: true,
      low: true,
    },
  ])('$code: readiness $overall, $vs than England, change $change', (expected) => {
    const row = byCode(expected.code);
    expect(row?.overall).toBe(expected.overall);
    expect(row?.vsEngland).toBe(expected.vs);
    expect(row?.changeOverYear).toBe(expected.change);
    expect(row?.changeRebased).toBe(expected.rebased);
    expect(row?.lowConfidence).toBe(expected.low);
  });

  it('carries each scored system’s rank interval, and none where none was computed', () => {
    expect(byCode('S1')?.interval).toEqual({ rank: 2, low: 1, high: 2 });
    expect(byCode('S4')?.interval).toBeNull();
  });

  it('gives no change in a feed without the year-earlier quarter', () => {
    const short = scoreFeed(minimalFeed, defaultWeights(minimalFeed));
    const shortRows = systemRows(minimalFeed, short, '2026-Q2', {});
    expect(shortRows.map((row) => row.changeOverYear)).toEqual([null, null, null]);
  });

  it('is empty for a quarter that was not scored', () => {
    expect(systemRows(feed, scores, '2030-Q1', intervals)).toEqual([]);
  });
});

describe('matchesSystem', () => {
  const westHills = {
    code: 'S1',
    shortName: 'West Hills',
    name: 'NHS West Hills Integrated Care Board',
  };
  it.each([
    ['', true],
    ['   ', true],
    ['west', true],
    ['  WEST   hills ', true],
    ['integrated care board', true],
    ['s1', true],
    ['Wést', true],
    ['east', false],
    ['S2', false],
  ])('%j matches West Hills: %s', (query, expected) => {
    expect(matchesSystem(westHills, query)).toBe(expected);
  });
});

describe('filterSystemRows', () => {
  it.each([
    { query: '', regionCode: null, codes: ['S1', 'S3', 'S4'] },
    { query: '', regionCode: 'R1', codes: ['S1', 'S4'] },
    { query: 'shore', regionCode: null, codes: ['S3', 'S4'] },
    { query: 'shore', regionCode: 'R2', codes: ['S3'] },
    { query: 'nowhere', regionCode: null, codes: [] },
  ])('"$query" in $regionCode gives $codes', ({ query, regionCode, codes }) => {
    expect(filterSystemRows(rows, { query, regionCode }).map((row) => row.code)).toEqual(codes);
  });

  it('only ever narrows, keeping order, whatever the query', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(null, 'R1', 'R2'),
        (query, region) => {
          const kept = filterSystemRows(rows, { query, regionCode: region });
          const positions = kept.map((row: SystemRow) => rows.indexOf(row));
          expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(
            true,
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('endedSystems', () => {
  it('lists only the systems with an end date', () => {
    expect(endedSystems(feed.geography.systems).map((system) => system.code)).toEqual(['S2']);
  });

  it('puts the most recent end first, then names in order', () => {
    const base = feed.geography.systems[1]!;
    const systems = [
      { ...base, code: 'A', shortName: 'Bravo', validTo: '2024-03-31' },
      { ...base, code: 'B', shortName: 'Charlie', validTo: '2026-03-31' },
      { ...base, code: 'C', shortName: 'Alpha', validTo: '2026-03-31' },
    ];
    expect(endedSystems(systems).map((system) => system.code)).toEqual(['C', 'B', 'A']);
  });
});
