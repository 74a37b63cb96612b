import { describe, it } from 'vitest';
import { expectRejection } from '../../testing/feed-parse-assertions';
import type { RejectionCase } from '../../testing/feed-parse-assertions';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';

const tech = { component: 'acute-epr', product: 'EPR', supplier: 'Supplier C' };

const cases: RejectionCase[] = [
  {
    name: 'a duplicate category id',
    edits: [{ push: ['categories'], rows: [{ id: 'identity', name: 'Again', defaultWeight: 1 }] }],
    table: 'categories',
    issues: [
      ['$.categories[2].id', 'Duplicate category id "identity": the first is at $.categories[0]'],
    ],
    count: { read: 3, accepted: 2, rejected: 1 },
  },
  {
    name: 'a category id with capitals',
    edits: [{ push: ['categories'], rows: [{ id: 'Records', name: 'Records', defaultWeight: 1 }] }],
    table: 'categories',
    issues: [
      [
        '$.categories[2].id',
        'id must be a lower-case id of letters, digits and hyphens, got "Records"',
      ],
    ],
    count: { read: 3, accepted: 2, rejected: 1 },
  },
  {
    name: 'a standard in an unknown category',
    edits: [
      {
        push: ['standards'],
        rows: [{ ...minimalFeed.standards[1], id: 'gp2gp', categoryId: 'nope' }],
      },
    ],
    table: 'standards',
    issues: [['$.standards[3].categoryId', 'Unknown category "nope"']],
    count: { read: 4, accepted: 3, rejected: 1 },
  },
  {
    name: 'a duplicate standard id',
    edits: [{ push: ['standards'], rows: [{ ...minimalFeed.standards[1], name: 'Again' }] }],
    table: 'standards',
    issues: [['$.standards[3].id', 'Duplicate standard id "e-rs": the first is at $.standards[1]']],
    count: { read: 4, accepted: 3, rejected: 1 },
  },
  {
    name: 'a duplicate period',
    edits: [{ push: ['periods'], rows: ['2026-Q2'] }],
    table: 'periods',
    issues: [['$.periods[3]', 'Duplicate period "2026-Q2": the first is at $.periods[2]']],
    count: { read: 4, accepted: 3, rejected: 1 },
  },
  {
    name: 'a period out of order',
    edits: [{ push: ['periods'], rows: ['2024-Q1'] }],
    table: 'periods',
    issues: [
      ['$.periods[3]', 'Periods must be listed in ascending order: 2024-Q1 comes after 2026-Q2'],
    ],
    count: { read: 4, accepted: 3, rejected: 1 },
  },
  {
    name: 'a malformed period',
    edits: [{ push: ['periods'], rows: ['Q3-2026'] }],
    table: 'periods',
    issues: [['$.periods[3]', 'This period must be a quarter like 2025-Q3, got "Q3-2026"']],
    count: { read: 4, accepted: 3, rejected: 1 },
  },
  {
    name: 'technology for a system after it ended',
    edits: [{ push: ['technology'], rows: [{ system: 'S2', period: '2026-Q2', ...tech }] }],
    table: 'technology',
    issues: [
      ['$.technology[2].period', 'North Vale ended on 2026-03-31 but this row is for 2026-Q2'],
    ],
    count: { read: 3, accepted: 2, rejected: 1 },
  },
  {
    name: 'technology for an unknown system and period',
    edits: [{ push: ['technology'], rows: [{ system: 'S9', period: '2020-Q1', ...tech }] }],
    table: 'technology',
    issues: [
      ['$.technology[2].system', 'Unknown system "S9"'],
      ['$.technology[2].period', 'Unknown period "2020-Q1"'],
    ],
    count: { read: 3, accepted: 2, rejected: 1 },
  },
];

describe('parseFeed rejects a bad category, standard, period or technology row alone', () => {
  it.each(cases)('$name', expectRejection);
});
