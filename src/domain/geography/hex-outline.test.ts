import { describe, expect, it } from 'vitest';
import { hexCells } from './hex-geometry';
import { groupOutline, sharedEdges } from './hex-outline';

/**
 * Size 2: hex width 2√3 ≈ 3.46. Three hexes on the bottom row and one above, shoved right:
 *
 *        D             r = 1
 *    A   B   C         r = 0
 */
const { cells } = hexCells(
  {
    layout: 'odd-r',
    hexes: { A: { q: 0, r: 0 }, B: { q: 1, r: 0 }, C: { q: 2, r: 0 }, D: { q: 0, r: 1 } },
  },
  2,
);

describe('groupOutline', () => {
  it('traces a single hex round its six corners', () => {
    expect(groupOutline(cells, ['A'])).toBe('M1.73,3L3.46,4L3.46,6L1.73,7L0,6L0,4Z');
  });

  it('traces two side-by-side hexes without the edge they share', () => {
    expect(groupOutline(cells, ['A', 'B'])).toBe(
      'M1.73,3L3.46,4L5.2,3L6.93,4L6.93,6L5.2,7L3.46,6L1.73,7L0,6L0,4Z',
    );
  });

  it('traces hexes on two rows as one loop of ten corners', () => {
    const path = groupOutline(cells, ['A', 'D']);
    expect(path.match(/[ML]/g)).toHaveLength(10);
    expect(path).not.toContain('L3.46,4L1.73,3'); // their shared edge
  });

  it('gives separate loops for hexes that do not touch', () => {
    expect(groupOutline(cells, ['A', 'C']).split('Z').filter(Boolean)).toHaveLength(2);
  });

  it('is empty when none of the hexes exist', () => {
    expect(groupOutline(cells, [])).toBe('');
    expect(groupOutline(cells, ['nowhere'])).toBe('');
  });
});

describe('sharedEdges', () => {
  it('gives the edge between two touching groups, as the first group draws it', () => {
    expect(
      sharedEdges(cells, [
        { code: 'west', hexIds: ['A'] },
        { code: 'east', hexIds: ['B'] },
      ]),
    ).toEqual([{ a: 'west', b: 'east', segments: [[3.46, 4, 3.46, 6]] }]);
  });

  it('lists every edge along a longer border, and nothing for groups that do not touch', () => {
    const edges = sharedEdges(cells, [
      { code: 'merged', hexIds: ['A', 'B'] },
      { code: 'north', hexIds: ['D'] },
      { code: 'far', hexIds: ['C'] },
    ]);
    expect(edges).toEqual([
      {
        a: 'merged',
        b: 'north',
        segments: [
          [1.73, 3, 3.46, 4],
          [3.46, 4, 5.2, 3],
        ],
      },
      { a: 'merged', b: 'far', segments: [[6.93, 4, 6.93, 6]] },
    ]);
  });

  it('ignores edges inside a group and unknown hexes', () => {
    expect(sharedEdges(cells, [{ code: 'all', hexIds: ['A', 'B', 'C', 'D', 'nowhere'] }])).toEqual(
      [],
    );
  });
});
