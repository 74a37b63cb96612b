/**
 * The checker's verdict for the edge cases of issue 18 (null fields, a newer minor version,
 * implausible numbers, warning paths after a rejected row): the same parser and warnings as the
 * app, so a publisher sees what readers will see.
 */
import { describe, expect, it } from 'vitest';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import type { FeedEdit } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { buildCheckReport } from './check-report';
import { parseFeed } from './parse-feed';

const now = new Date('2026-10-15T00:00:00Z');
const quiet = { ...minimalFeed.geography.systems[0], code: 'S5', shortName: 'Quiet Moor' };

describe('checker verdicts at the edges', () => {
  it.each<[string, FeedEdit[], string, string[], string[]]>([
    // [name, edits, verdict, rejected paths, warning paths]
    [
      'a null odsCode',
      [{ set: ['geography', 'systems', 0, 'odsCode'], to: null }],
      'valid',
      [],
      [],
    ],
    [
      'an area of 1e308 km²',
      [{ set: ['geography', 'systems', 0, 'areaKm2'], to: 1e308 }],
      'valid',
      [],
      ['$.geography.systems[0].areaKm2'],
    ],
    [
      'a 1.9 feed with nothing new in it',
      [{ set: ['metadata', 'schemaVersion'], to: '1.9' }],
      'valid',
      [],
      ['$.metadata.schemaVersion'],
    ],
    [
      'a 1.9 feed with a new status',
      [
        { set: ['metadata', 'schemaVersion'], to: '1.9' },
        { set: ['observations', 2, 'status'], to: 'retired' },
      ],
      'rows-rejected',
      ['$.observations[2].status'],
      ['$.metadata.schemaVersion'],
    ],
    [
      'a quiet system after a rejected one',
      [
        { set: ['geography', 'systems', 0, 'population'], to: 0 },
        { push: ['geography', 'systems'], rows: [quiet] },
      ],
      'rows-rejected',
      ['$.geography.systems[0].population'],
      // West Hills' own observations are rejected with it; Quiet Moor is file row 4.
      ['$.geography.systems[4]'],
    ],
  ])('%s', (_name, edits, verdict, rejected, warnings) => {
    const report = buildCheckReport(parseFeed(editFeed(minimalFeed, ...edits)), now);
    expect(report.verdict).toBe(verdict);
    expect(report.rejected.map((issue) => issue.path).filter((p) => rejected.includes(p))).toEqual(
      rejected,
    );
    if (verdict === 'valid') expect(report.rejected).toEqual([]);
    expect(report.warnings.map((issue) => issue.path)).toEqual(warnings);
  });
});
