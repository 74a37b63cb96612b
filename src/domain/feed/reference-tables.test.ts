import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { createValidityGrid } from './accepted-grid';
import { parseFeed } from './parse-feed';
import { prepareRowReference } from './reference-tables';

const parsed = parseFeed(minimalFeed);
if (!parsed.ok) throw new Error('the minimal feed must parse');

describe('prepareRowReference', () => {
  const { ids } = prepareRowReference(parsed.feed);

  it('holds the reference’s accepted systems, standards and periods, in order', () => {
    expect([...ids.systems.accepted.keys()]).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect([...ids.standards.accepted.keys()]).toEqual(['nhs-number', 'e-rs', 'bars']);
    expect([...ids.periods.accepted.keys()]).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('carries the validity grid made once, so products do not remake it', () => {
    // Rows: S1-S4; columns 2025-Q4, 2026-Q1, 2026-Q2. S2 ended on 31 March 2026 and S4 began on
    // 1 April 2026.
    // prettier-ignore
    const expected = [
      1, 1, 1,
      1, 1, 0,
      1, 1, 1,
      0, 0, 1,
    ];
    expect([...(ids.validity ?? [])]).toEqual(expected);
    expect(ids.validity).toEqual(createValidityGrid(ids));
  });
});
