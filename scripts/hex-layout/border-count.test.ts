import { describe, expect, it } from 'vitest';
import { countBorders } from './border-count';

/**
 *      C   .        r = 1 (shoved right)
 *    A   B   D      r = 0
 */
const cells = new Map([
  ['A', { q: 0, r: 0 }],
  ['B', { q: 1, r: 0 }],
  ['D', { q: 2, r: 0 }],
  ['C', { q: 0, r: 1 }],
]);

describe('countBorders', () => {
  it('sorts real borders into kept and lost, and finds touching pairs with no border', () => {
    const result = countBorders(cells, [
      { a: 'A', b: 'B' }, // side by side
      { a: 'C', b: 'B' }, // C sits above, between A and B: touching
      { a: 'A', b: 'D' }, // two cells apart
    ]);
    expect(result.kept).toEqual([
      { a: 'A', b: 'B' },
      { a: 'C', b: 'B' },
    ]);
    expect(result.lost).toEqual([{ a: 'A', b: 'D' }]);
    expect(result.falseNeighbours).toEqual([
      { a: 'A', b: 'C' },
      { a: 'B', b: 'D' },
    ]);
  });

  it('counts a border to a system with no cell as lost', () => {
    expect(countBorders(cells, [{ a: 'A', b: 'Z' }]).lost).toEqual([{ a: 'A', b: 'Z' }]);
  });

  it('is empty for no cells and no borders', () => {
    expect(countBorders(new Map(), [])).toEqual({ kept: [], lost: [], falseNeighbours: [] });
  });
});
