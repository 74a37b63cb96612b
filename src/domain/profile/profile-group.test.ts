/**
 * The headline, category rows and spine rows on the hand-made quarter of profile-test-group.ts,
 * for S1 with peers S2 and S3.
 */
import { describe, expect, it } from 'vitest';
import { groupOf } from './benchmarks';
import { categoryRows } from './category-rows';
import { profileHeadline } from './profile-headline';
import { sortSpineRows, spineRows } from './spine-rows';
import { testCatalogue, testPeriodScores } from '../../testing/fixtures/domain/profile-test-group';

const group = groupOf(testPeriodScores, 'S1', ['S2', 'S3', 'S1', 'NOPE'])!;

describe('groupOf', () => {
  it('keeps the peers scored in the quarter, never the system itself', () => {
    expect(group.peers.map((p) => p.code)).toEqual(['S2', 'S3']);
    expect(groupOf(testPeriodScores, 'NOPE', [])).toBeNull();
  });
});

describe('profileHeadline', () => {
  it('compares with England, the region and the peer median, and ranks', () => {
    expect(profileHeadline(group)).toEqual({
      overall: 50,
      completeness: 1,
      lowConfidence: false,
      // England: (100 x 50 + 300 x 70 + 100 x 30 + 500 x 90) / 1000 = 74000 / 1000 = 74.
      england: 74,
      // R1 = S1, S2: (5000 + 21000) / 400 = 65.
      region: 65,
      // Peers S2 70, S3 30: median 50.
      peerMedian: 50,
      vsEngland: 'lower', // -24
      vsRegion: 'lower', // -15
      vsPeers: 'similar', // 0
      // 90, 70, 50, 30 (S5 unscored): 3rd of 4. Among S1, S2, S3: 70, 50, 30: 2nd of 3.
      rank: 3,
      rankedCount: 4,
      peerRank: 2,
      peerRankedCount: 3,
    });
  });

  it('has no peer median or peer comparison without peers', () => {
    const alone = profileHeadline(groupOf(testPeriodScores, 'S1', [])!);
    expect(alone.peerMedian).toBeNull();
    expect(alone.vsPeers).toBeNull();
    expect([alone.peerRank, alone.peerRankedCount]).toEqual([1, 1]);
  });

  it('gives an unscored system no rank', () => {
    const unscored = profileHeadline(groupOf(testPeriodScores, 'S5', ['S1'])!);
    expect([unscored.overall, unscored.rank, unscored.vsEngland]).toEqual([null, null, null]);
  });
});

describe('categoryRows', () => {
  it('gives each category against England, region and peer median', () => {
    const rows = categoryRows(testCatalogue, group);
    expect(rows.map((r) => [r.id, r.value, r.england, r.region, r.peerMedian, r.vsPeers])).toEqual([
      // c1: England (4000 + 21000 + 3000 + 45000) / 1000 = 73; R1 (4000 + 21000) / 400 = 62.5;
      // peers 70, 30: median 50; 40 vs 50 is -10: lower.
      ['c1', 40, 73, 62.5, 50, 'lower'],
      // c2: S3 has none. England (6000 + 21000 + 45000) / 900 = 80; R1 27000 / 400 = 67.5;
      // peers: S2 70 only; 60 vs 70: lower.
      ['c2', 60, 80, 67.5, 70, 'lower'],
    ]);
  });
});

describe('spineRows', () => {
  const rows = spineRows(testCatalogue, group);

  it('groups standards by category, feed order within', () => {
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives the national spread, England, the peer median and both gaps', () => {
    expect(rows[0]).toEqual({
      id: 'a',
      name: 'Standard A',
      categoryId: 'c1',
      categoryName: 'Category one',
      value: 20,
      // 20, 30, 80, 100: median (30 + 80) / 2 = 55; q1 at 0.75 = 20 + 0.75 x 10 = 27.5;
      // q3 at 2.25 = 80 + 0.25 x 20 = 85.
      national: { min: 20, q1: 27.5, median: 55, q3: 85, max: 100, count: 4 },
      // (2000 + 24000 + 3000 + 50000) / 1000 = 79.
      england: 79,
      peerMedian: 55, // (80 + 30) / 2
      gapToEngland: -59,
      gapToPeers: -35,
    });
    // b: England (6000 + 18000 + 3000 + 40000) / 1000 = 67; peers (60 + 30) / 2 = 45.
    expect([rows[1]!.england, rows[1]!.peerMedian, rows[1]!.gapToPeers]).toEqual([67, 45, 15]);
    // c: England 72000 / 900 = 80; peers S2 70 only.
    expect([rows[2]!.england, rows[2]!.peerMedian, rows[2]!.gapToPeers]).toEqual([80, 70, -10]);
  });
});

describe('sortSpineRows', () => {
  const rows = spineRows(testCatalogue, group);
  it.each([
    ['category', ['a', 'b', 'c']],
    // Gaps to peers: a -35, c -10, b +15.
    ['gap-peers', ['a', 'c', 'b']],
    // Gaps to England: a 20 - 79 = -59, c 60 - 80 = -20, b 60 - 67 = -7.
    ['gap-england', ['a', 'c', 'b']],
  ] as const)('%s', (order, expected) => {
    expect(sortSpineRows(rows, order).map((r) => r.id)).toEqual(expected);
  });

  it('puts rows with no gap last', () => {
    const none = { ...rows[0]!, id: 'n', name: 'N', gapToPeers: null };
    expect(sortSpineRows([none, ...rows], 'gap-peers').map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
      'n',
    ]);
  });
});
