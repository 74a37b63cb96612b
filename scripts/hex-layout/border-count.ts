/**
 * Counts how well a layout keeps the real map's borders: a real border is kept when the two
 * systems' hexes touch; a false neighbour is a pair whose hexes touch with no real border.
 */
import type { OffsetCoord } from '../../src/domain/geography/hex-offset';
import { areNeighbours } from '../../src/domain/geography/hex-offset';
import type { HexLayout } from '../../src/domain/geography/hexjson';

export interface Border {
  a: string;
  b: string;
}

export interface BorderCount {
  kept: Border[];
  lost: Border[];
  falseNeighbours: Border[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function countBorders(
  cells: ReadonlyMap<string, OffsetCoord>,
  borders: readonly Border[],
  layout: HexLayout = 'odd-r',
): BorderCount {
  const kept: Border[] = [];
  const lost: Border[] = [];
  for (const border of borders) {
    const a = cells.get(border.a);
    const b = cells.get(border.b);
    if (a && b && areNeighbours(layout, a, b)) kept.push(border);
    else lost.push(border);
  }
  const real = new Set(borders.map((border) => pairKey(border.a, border.b)));
  const codes = [...cells.keys()].sort();
  const falseNeighbours: Border[] = [];
  codes.forEach((a, i) => {
    for (const b of codes.slice(i + 1)) {
      const touching = areNeighbours(layout, cells.get(a)!, cells.get(b)!);
      if (touching && !real.has(pairKey(a, b))) falseNeighbours.push({ a, b });
    }
  });
  return { kept, lost, falseNeighbours };
}
