/**
 * Offset hex coordinates, as HexJSON uses them. `r` increases upwards (Open Innovations'
 * convention). In row layouts (pointy-top hexes) the "shoved" rows sit half a hex to the right;
 * in column layouts (flat-top hexes) the shoved columns sit half a hex higher.
 */
import type { HexLayout } from './hexjson';

export interface OffsetCoord {
  q: number;
  r: number;
}

const isOdd = (n: number) => Math.abs(n % 2) === 1;

export function isRowLayout(layout: HexLayout): boolean {
  return layout === 'odd-r' || layout === 'even-r';
}

/** True when this hex's row (row layouts) or column (column layouts) is shoved by half a hex. */
export function isShifted(layout: HexLayout, q: number, r: number): boolean {
  switch (layout) {
    case 'odd-r':
      return isOdd(r);
    case 'even-r':
      return !isOdd(r);
    case 'odd-q':
      return isOdd(q);
    case 'even-q':
      return !isOdd(q);
  }
}

export const cellKey = (q: number, r: number) => `${q},${r}`;

/** The six cells that share an edge with (q, r), in a fixed order. */
export function offsetNeighbours(layout: HexLayout, q: number, r: number): OffsetCoord[] {
  const shifted = isShifted(layout, q, r);
  if (isRowLayout(layout)) {
    const [left, right] = shifted ? [q, q + 1] : [q - 1, q];
    return [
      { q: q + 1, r },
      { q: right, r: r + 1 },
      { q: left, r: r + 1 },
      { q: q - 1, r },
      { q: left, r: r - 1 },
      { q: right, r: r - 1 },
    ];
  }
  const [low, high] = shifted ? [r, r + 1] : [r - 1, r];
  return [
    { q, r: r + 1 },
    { q: q - 1, r: high },
    { q: q - 1, r: low },
    { q, r: r - 1 },
    { q: q + 1, r: low },
    { q: q + 1, r: high },
  ];
}

export function areNeighbours(layout: HexLayout, a: OffsetCoord, b: OffsetCoord): boolean {
  return offsetNeighbours(layout, a.q, a.r).some((n) => n.q === b.q && n.r === b.r);
}

/**
 * The centre of a hex in grid units where neighbouring centres are 1 apart, y increasing
 * upwards: the space in which the layout builder measures displacement.
 */
export function gridPosition(layout: HexLayout, q: number, r: number): { x: number; y: number } {
  const half = isShifted(layout, q, r) ? 0.5 : 0;
  if (isRowLayout(layout)) return { x: q + half, y: (r * Math.sqrt(3)) / 2 };
  return { x: (q * Math.sqrt(3)) / 2, y: r + half };
}
