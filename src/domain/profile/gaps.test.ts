import { describe, expect, it } from 'vitest';
import { groupOf } from './benchmarks';
import { gapSentence, gapsAndStrengths } from './gaps';
import { spineRows } from './spine-rows';
import type { SpineRow } from './spine-rows';
import { testCatalogue, testPeriodScores } from '../../testing/fixtures/domain/profile-test-group';

describe('gapSentence', () => {
  it.each([
    ['BaRS', 41, 'peers', 73, 'BaRS: 32 points behind the peer median (41 vs 73)'],
    // Rounded first: 41.4 vs 72.6 reads "41 vs 73" and so 32, not 31.2.
    ['BaRS', 41.4, 'peers', 72.6, 'BaRS: 32 points behind the peer median (41 vs 73)'],
    ['NRL', 88, 'england', 60.5, 'NRL: 27 points ahead of England (88 vs 61)'],
    ['EPS', 50, 'peers', 49, 'EPS: 1 point ahead of the peer median (50 vs 49)'],
    ['MESH', 70.2, 'england', 69.9, 'MESH: level with England (70 vs 70)'],
  ] as const)('%s %s vs %s %s', (name, value, reference, other, expected) => {
    expect(gapSentence(name, value, reference, other, 'England')).toBe(expected);
  });

  it.each([
    ['Wales', 'NRL: 27 points ahead of Wales (88 vs 61)'],
    ['all systems', 'NRL: 27 points ahead of all systems (88 vs 61)'],
  ])('names the national figure as the feed does: %s', (national, expected) => {
    expect(gapSentence('NRL', 88, 'england', 60.5, national)).toBe(expected);
  });
});

describe('gapsAndStrengths', () => {
  it('ranks gaps against the peer median, largest first, beyond the 5-point margin', () => {
    // S1 with peers S2, S3 (profile-test-group.ts): a -35, b +15, c -10.
    const rows = spineRows(testCatalogue, groupOf(testPeriodScores, 'S1', ['S2', 'S3'])!);
    const { gaps, strengths } = gapsAndStrengths(rows);
    expect(gaps.map((g) => g.sentence)).toEqual([
      'Standard A: 35 points behind the peer median (20 vs 55)',
      'Standard C: 10 points behind the peer median (60 vs 70)',
    ]);
    expect(strengths.map((g) => g.sentence)).toEqual([
      'Standard B: 15 points ahead of the peer median (60 vs 45)',
    ]);
  });

  it('falls back to England without peers', () => {
    // a 20 vs 79: -59; c 60 vs 80: -20; b 60 vs 67: -7.
    const rows = spineRows(testCatalogue, groupOf(testPeriodScores, 'S1', [])!);
    const { gaps, strengths } = gapsAndStrengths(rows);
    expect(gaps.map((g) => [g.standardId, g.reference, g.gap])).toEqual([
      ['a', 'england', -59],
      ['c', 'england', -20],
      ['b', 'england', -7],
    ]);
    expect(strengths).toEqual([]);
  });

  const row = (
    id: string,
    value: number | null,
    peerMedian: number | null,
    england: number | null,
  ) => ({ id, name: id.toUpperCase(), value, peerMedian, england }) as SpineRow;

  it.each([
    ['exactly 5 behind is similar: not a gap', [row('x', 50, 55, null)], [], []],
    ['5.1 behind is a gap', [row('x', 49.9, 55, null)], ['x'], []],
    ['not reported: never a gap', [row('x', null, 90, 90)], [], []],
    ['no reference at all', [row('x', 10, null, null)], [], []],
    ['peer median wins over England', [row('x', 50, 48, 90)], [], []],
    ['England when no peer reported', [row('x', 50, null, 90)], ['x'], []],
    ['equal gaps by name', [row('z', 10, 30, null), row('m', 10, 30, null)], ['m', 'z'], []],
    ['strengths by size', [row('p', 80, 50, null), row('q', 95, 50, null)], [], ['q', 'p']],
    // Unrounded, r is 6.8 ahead and s 6.2; as stated, r is 59 vs 53 (6) and s 92 vs 85 (7).
    [
      'in the order the sentences state',
      [row('r', 59.4, 52.6, null), row('s', 91.6, 85.4, null)],
      [],
      ['s', 'r'],
    ],
  ])('%s', (_label, rows, gapIds, strengthIds) => {
    const { gaps, strengths } = gapsAndStrengths(rows);
    expect(gaps.map((g) => g.standardId)).toEqual(gapIds);
    expect(strengths.map((g) => g.standardId)).toEqual(strengthIds);
  });

  it('keeps at most `count` of each', () => {
    const rows = Array.from({ length: 9 }, (_, i) => row(`s${i}`, 0, 10 + i, null));
    expect(gapsAndStrengths(rows).gaps).toHaveLength(5);
    expect(gapsAndStrengths(rows, 2).gaps.map((g) => g.standardId)).toEqual(['s8', 's7']);
  });
});
