import { describe, expect, it } from 'vitest';
import { hexCells } from './hex-geometry';
import type { HexJson } from './hexjson';

/**
 * A 2×2 odd-r grid, size 2 (centre to corner): hex width 2√3 ≈ 3.46, rows 3 apart. Row r=1 is odd,
 * so it is shoved half a hex right, and it is drawn on top because r increases northwards.
 *
 *      NW  NE        r = 1
 *    SW  SE          r = 0
 */
const grid: HexJson = {
  layout: 'odd-r',
  hexes: {
    SW: { q: 0, r: 0 },
    SE: { q: 1, r: 0 },
    NW: { q: 0, r: 1 },
    NE: { q: 1, r: 1 },
  },
};

describe('hexCells', () => {
  const { cells, width, height } = hexCells(grid, 2);

  it('sizes the drawing to the hexes: 2.5 hex widths by 7', () => {
    expect(width).toBe(8.66);
    expect(height).toBe(7);
  });

  it('puts north at the top and shoves the odd row right, in reading order', () => {
    expect(cells.map(({ id, cx, cy }) => [id, cx, cy])).toEqual([
      ['NW', 3.46, 2],
      ['NE', 6.93, 2],
      ['SW', 1.73, 5],
      ['SE', 5.2, 5],
    ]);
  });

  it('draws pointy-top hexes clockwise from the top corner', () => {
    expect(cells.find((c) => c.id === 'SW')?.points).toBe('1.73,3 3.46,4 3.46,6 1.73,7 0,6 0,4');
  });

  it('gives two touching hexes the very same text for their shared corners', () => {
    const corners = (id: string) => new Set(cells.find((c) => c.id === id)?.points.split(' '));
    const shared = [...corners('SW')].filter((corner) => corners('NW').has(corner));
    expect(shared).toEqual(['1.73,3', '3.46,4']);
  });

  it('draws flat-top hexes for column layouts, odd columns shoved up', () => {
    const columns = hexCells(
      { layout: 'odd-q', hexes: { A: { q: 0, r: 0 }, B: { q: 1, r: 0 } } },
      2,
    );
    expect(columns.cells.map(({ id, cx, cy }) => [id, cx, cy])).toEqual([
      ['B', 5, 1.73],
      ['A', 2, 3.46],
    ]);
    expect(columns.cells[1]?.points).toBe('0,3.46 1,1.73 3,1.73 4,3.46 3,5.2 1,5.2');
    expect([columns.width, columns.height]).toEqual([7, 5.2]);
  });

  it('is empty for an empty layout', () => {
    expect(hexCells({ layout: 'odd-r', hexes: {} }, 10)).toEqual({
      cells: [],
      width: 0,
      height: 0,
    });
  });
});
