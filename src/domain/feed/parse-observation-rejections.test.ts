import { describe, it } from 'vitest';
import { expectRejection } from '../../testing/feed-parse-assertions';
import type { RejectionCase } from '../../testing/feed-parse-assertions';

const endedRow = { system: 'S2', standard: 'nhs-number', period: '2026-Q2', status: 'live' };
const earlyRow = { system: 'S4', standard: 'nhs-number', period: '2026-Q1', status: 'live' };

// minimalFeed has 25 observations; row 0 is S1 / nhs-number / 2025-Q4.
const cases: RejectionCase[] = [
  {
    name: 'coverage above 1',
    edits: [{ set: ['observations', 1, 'coverage'], to: 1.4 }],
    table: 'observations',
    issues: [['$.observations[1].coverage', 'coverage must be a number between 0 and 1, got 1.4']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'coverage below 0',
    edits: [{ set: ['observations', 1, 'coverage'], to: -0.1 }],
    table: 'observations',
    issues: [['$.observations[1].coverage', 'between 0 and 1, got -0.1']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'coverage of the wrong type',
    edits: [{ set: ['observations', 1, 'coverage'], to: 'high' }],
    table: 'observations',
    issues: [
      ['$.observations[1].coverage', 'coverage must be a number between 0 and 1, got "high"'],
    ],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'an unknown status',
    edits: [{ set: ['observations', 0, 'status'], to: 'done' }],
    table: 'observations',
    issues: [
      [
        '$.observations[0].status',
        'status must be one of "not-started", "planned", "piloting", "partial" or "live", got "done"',
      ],
    ],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'a missing status',
    edits: [{ remove: ['observations', 0, 'status'] }],
    table: 'observations',
    issues: [['$.observations[0].status', 'status is missing; it must be one of']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'a row that is not an object',
    edits: [{ set: ['observations', 0], to: 'S1' }],
    table: 'observations',
    issues: [['$.observations[0]', 'This observation must be an object, got "S1"']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'an unknown system',
    edits: [{ set: ['observations', 0, 'system'], to: 'S9' }],
    table: 'observations',
    issues: [['$.observations[0].system', 'Unknown system "S9"']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'an unknown standard',
    edits: [{ set: ['observations', 0, 'standard'], to: 'fhir' }],
    table: 'observations',
    issues: [['$.observations[0].standard', 'Unknown standard "fhir"']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'an unknown period',
    edits: [{ set: ['observations', 0, 'period'], to: '2025-Q3' }],
    table: 'observations',
    issues: [['$.observations[0].period', 'Unknown period "2025-Q3"']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'a malformed period',
    edits: [{ set: ['observations', 0, 'period'], to: '2025Q4' }],
    table: 'observations',
    issues: [['$.observations[0].period', 'period must be a quarter like 2025-Q3, got "2025Q4"']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'a period after the system ended',
    edits: [{ push: ['observations'], rows: [endedRow] }],
    table: 'observations',
    issues: [
      ['$.observations[25].period', 'North Vale ended on 2026-03-31 but this row is for 2026-Q2'],
    ],
    count: { read: 26, accepted: 25, rejected: 1 },
  },
  {
    name: 'a period before the system started',
    edits: [{ push: ['observations'], rows: [earlyRow] }],
    table: 'observations',
    issues: [
      [
        '$.observations[25].period',
        'Vale and Shore started on 2026-04-01 but this row is for 2026-Q1',
      ],
    ],
    count: { read: 26, accepted: 25, rejected: 1 },
  },
  {
    name: 'a duplicate system x standard x period',
    edits: [
      {
        push: ['observations'],
        rows: [{ system: 'S1', standard: 'nhs-number', period: '2025-Q4', status: 'planned' }],
      },
    ],
    table: 'observations',
    issues: [
      [
        '$.observations[25]',
        'Duplicate observation for S1 / nhs-number / 2025-Q4: the first is at $.observations[0]',
      ],
    ],
    count: { read: 26, accepted: 25, rejected: 1 },
  },
  {
    name: 'a javascript: evidence URL',
    edits: [{ set: ['observations', 0, 'evidenceUrl'], to: 'javascript:alert(1)' }],
    table: 'observations',
    issues: [
      [
        '$.observations[0].evidenceUrl',
        'evidenceUrl must be an http or https web address, got "javascript:alert(1)"',
      ],
    ],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
  {
    name: 'an empty note',
    edits: [{ set: ['observations', 0, 'note'], to: '   ' }],
    table: 'observations',
    issues: [['$.observations[0].note', 'note must be non-empty text of at most 1000 characters']],
    count: { read: 25, accepted: 24, rejected: 1 },
  },
];

describe('parseFeed rejects a bad observation alone, with its path and a reason', () => {
  it.each(cases)('$name', expectRejection);
});
