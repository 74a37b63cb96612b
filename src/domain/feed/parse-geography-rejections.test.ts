import { describe, it } from 'vitest';
import { expectRejection } from '../../testing/feed-parse-assertions';
import type { RejectionCase } from '../../testing/feed-parse-assertions';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';

const newSystem = { ...minimalFeed.geography.systems[0], code: 'S5', shortName: 'New' };

const cases: RejectionCase[] = [
  {
    name: 'a duplicate region code',
    edits: [{ push: ['geography', 'regions'], rows: [{ code: 'R1', name: 'Other' }] }],
    table: 'regions',
    issues: [
      [
        '$.geography.regions[2].code',
        'Duplicate region code "R1": the first is at $.geography.regions[0]',
      ],
    ],
    count: { read: 3, accepted: 2, rejected: 1 },
  },
  {
    name: 'a region name that is too long',
    edits: [{ push: ['geography', 'regions'], rows: [{ code: 'R3', name: 'x'.repeat(101) }] }],
    table: 'regions',
    issues: [
      ['$.geography.regions[2].name', 'name must be non-empty text of at most 100 characters'],
    ],
    count: { read: 3, accepted: 2, rejected: 1 },
  },
  {
    name: 'a system in an unknown region',
    edits: [{ push: ['geography', 'systems'], rows: [{ ...newSystem, regionCode: 'R9' }] }],
    table: 'systems',
    issues: [['$.geography.systems[4].regionCode', 'Unknown region "R9"']],
    count: { read: 5, accepted: 4, rejected: 1 },
  },
  {
    name: 'a system that ends before it begins',
    edits: [
      {
        push: ['geography', 'systems'],
        rows: [{ ...newSystem, validFrom: '2026-04-01', validTo: '2026-03-31' }],
      },
    ],
    table: 'systems',
    issues: [
      [
        '$.geography.systems[4].validTo',
        'validTo (2026-03-31) is before validFrom (2026-04-01): a system cannot end before it begins',
      ],
    ],
    count: { read: 5, accepted: 4, rejected: 1 },
  },
  {
    name: 'a duplicate system code',
    edits: [{ push: ['geography', 'systems'], rows: [{ ...newSystem, code: 'S1' }] }],
    table: 'systems',
    issues: [
      [
        '$.geography.systems[4].code',
        'Duplicate system code "S1": the first is at $.geography.systems[0]',
      ],
    ],
    count: { read: 5, accepted: 4, rejected: 1 },
  },
  {
    name: 'a population that is not a whole number',
    edits: [{ push: ['geography', 'systems'], rows: [{ ...newSystem, population: 1.5 }] }],
    table: 'systems',
    issues: [
      [
        '$.geography.systems[4].population',
        'population must be a whole number greater than 0, got 1.5',
      ],
    ],
    count: { read: 5, accepted: 4, rejected: 1 },
  },
  {
    name: 'a centroid off the globe',
    edits: [
      { push: ['geography', 'systems'], rows: [{ ...newSystem, centroid: { lon: 200, lat: 1 } }] },
    ],
    table: 'systems',
    issues: [
      [
        '$.geography.systems[4].centroid.lon',
        'centroid.lon must be a number between -180 and 180, got 200',
      ],
    ],
    count: { read: 5, accepted: 4, rejected: 1 },
  },
  {
    name: 'a malformed validFrom',
    edits: [{ push: ['geography', 'systems'], rows: [{ ...newSystem, validFrom: '1/7/2022' }] }],
    table: 'systems',
    issues: [
      [
        '$.geography.systems[4].validFrom',
        'validFrom must be a date like 2026-03-31, got "1/7/2022"',
      ],
    ],
    count: { read: 5, accepted: 4, rejected: 1 },
  },
  {
    name: 'crosswalk shares that do not sum to 1',
    edits: [{ set: ['geography', 'crosswalk', 0, 'to', 0, 'populationShare'], to: 0.3 }],
    table: 'crosswalk',
    issues: [['$.geography.crosswalk[0].to', 'must sum to 1 (within 0.001), but they sum to 0.9']],
    count: { read: 1, accepted: 0, rejected: 1 },
  },
  {
    name: 'a crosswalk naming an unknown successor',
    edits: [{ set: ['geography', 'crosswalk', 0, 'to', 1, 'code'], to: 'S8' }],
    table: 'crosswalk',
    issues: [['$.geography.crosswalk[0].to[1].code', 'Unknown system "S8"']],
    count: { read: 1, accepted: 0, rejected: 1 },
  },
  {
    name: 'a crosswalk from an unknown system',
    edits: [{ set: ['geography', 'crosswalk', 0, 'from'], to: 'S0' }],
    table: 'crosswalk',
    issues: [['$.geography.crosswalk[0].from', 'Unknown system "S0"']],
    count: { read: 1, accepted: 0, rejected: 1 },
  },
  {
    name: 'a crosswalk share of zero',
    edits: [{ set: ['geography', 'crosswalk', 0, 'to', 0, 'populationShare'], to: 0 }],
    table: 'crosswalk',
    issues: [
      [
        '$.geography.crosswalk[0].to[0].populationShare',
        'to[0].populationShare must be a number greater than 0 and no more than 1, got 0',
      ],
    ],
    count: { read: 1, accepted: 0, rejected: 1 },
  },
  {
    name: 'an adjacency pair naming an unknown system',
    edits: [{ set: ['geography', 'adjacency', 0, 'a'], to: 'S7' }],
    table: 'adjacency',
    issues: [['$.geography.adjacency[0].a', 'Unknown system "S7"']],
    count: { read: 4, accepted: 3, rejected: 1 },
  },
  {
    name: 'a system adjacent to itself',
    edits: [{ set: ['geography', 'adjacency', 0, 'b'], to: 'S1' }],
    table: 'adjacency',
    issues: [
      [
        '$.geography.adjacency[0].b',
        'A system cannot be adjacent to itself: a and b are both "S1"',
      ],
    ],
    count: { read: 4, accepted: 3, rejected: 1 },
  },
];

describe('parseFeed rejects a bad geography row alone, with its path and a reason', () => {
  it.each(cases)('$name', expectRejection);
});
