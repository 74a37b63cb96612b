import { describe, expect, it } from 'vitest';
import type { HexCell } from './hex-geometry';
import { hexCells, hexInDirection, neighbourIds } from './hex-geometry';
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

describe('neighbourIds', () => {
  it.each([
    ['SW', ['SE', 'NW']],
    ['SE', ['NE', 'NW', 'SW']],
    ['NW', ['NE', 'SW', 'SE']],
    ['NE', ['NW', 'SE']],
    ['nowhere', []],
  ])('%s touches %j', (id, expected) => {
    expect(neighbourIds(grid, id)).toEqual(expected);
  });
});

describe('hexInDirection', () => {
  const { cells } = hexCells(grid, 2);

  it.each([
    ['NW', 'ArrowRight', 'NE'],
    ['NE', 'ArrowLeft', 'NW'],
    // Nothing further left on the top row: the nearest hex down-left is still "left".
    ['NW', 'ArrowLeft', 'SW'],
    ['SE', 'ArrowRight', 'NE'],
    ['SW', 'ArrowUp', 'NW'],
    ['NE', 'ArrowDown', 'SE'],
    // A tie between up-left and up-right: on the second row from the top, up goes right...
    ['SE', 'ArrowUp', 'NE'],
    // ...and on the top row, down goes left, so up then down comes back.
    ['NW', 'ArrowDown', 'SW'],
    ['NW', 'ArrowUp', null],
    ['SE', 'ArrowDown', null],
    ['nowhere', 'ArrowUp', null],
  ] as const)('%s + %s → %s', (from, key, expected) => {
    expect(hexInDirection(cells, from, key)).toBe(expected);
  });

  it('jumps a gap on the same row before leaving the row', () => {
    const row = hexCells(
      { layout: 'odd-r', hexes: { A: { q: 0, r: 0 }, B: { q: 3, r: 0 }, C: { q: 0, r: 1 } } },
      10,
    ).cells;
    expect(hexInDirection(row, 'A', 'ArrowRight')).toBe('B');
    expect(hexInDirection(row, 'B', 'ArrowLeft')).toBe('A');
  });

  it('holding up zigzags straight up a column instead of drifting sideways', () => {
    const column: HexJson = {
      layout: 'odd-r',
      hexes: Object.fromEntries(
        [0, 1, 2, 3, 4].flatMap((r) => [0, 1, 2].map((q) => [`${q}/${r}`, { q, r }])),
      ),
    };
    const { cells: all } = hexCells(column, 10);
    const visited: (string | null)[] = ['1/0'];
    for (let i = 0; i < 4; i += 1) visited.push(hexInDirection(all, visited[i] ?? '', 'ArrowUp'));
    const x = (id: string | null) => all.find((c: HexCell) => c.id === id)?.cx ?? NaN;
    const drift = Math.max(...visited.map(x)) - Math.min(...visited.map(x));
    expect(visited.at(-1)).toBe('1/4');
    expect(drift).toBeLessThanOrEqual(10);
  });
});
