import { describe, expect, it } from 'vitest';
import { CellGrid } from './cell-grid';

const grid = new CellGrid([
  { q: 0, r: 0 },
  { q: 1, r: 0 },
  { q: 0, r: 1 },
  { q: 3, r: 0 },
]);

describe('CellGrid', () => {
  it('knows cells by key, with centres in hex widths and six neighbours', () => {
    expect(grid.allowedKeys).toEqual(['0,0', '0,1', '1,0', '3,0']);
    expect(grid.centre('0,1')).toEqual({ x: 0.5, y: Math.sqrt(3) / 2 });
    expect(grid.neighbours('0,0')).toEqual(['1,0', '0,1', '-1,1', '-1,0', '-1,-1', '0,-1']);
  });

  it('lists allowed cells nearby, nearest first', () => {
    expect(grid.nearby('0,0', 1)).toEqual(['0,1', '1,0']);
    expect(grid.nearby('0,0', 3)).toEqual(['0,1', '1,0', '3,0']);
  });

  it('counts patches the same way as countPatches', () => {
    expect(grid.patches(['0,0', '1,0', '0,1'])).toBe(1);
    expect(grid.patches(['0,0', '3,0'])).toBe(2);
    expect(grid.patches([])).toBe(0);
  });
});
