/**
 * Screen geometry for a HexJSON layout: y increases downwards, so north (high `r`) is at the top.
 * Corners are computed on an integer lattice and only then scaled, so two hexes that share a
 * corner produce exactly the same numbers: outlines and shared edges match corners by text.
 */
import type { HexJson } from './hexjson';
import { cellKey, isRowLayout, isShifted, offsetNeighbours } from './hex-offset';

export interface HexCell {
  id: string;
  q: number;
  r: number;
  cx: number;
  cy: number;
  /** SVG polygon points, clockwise on screen: pointy-top hexes for *-r layouts, flat-top for *-q. */
  points: string;
}

/** One system's hexes: one hex, or several for a system made by merging (see vintage-layout). */
export interface HexGroup {
  code: string;
  hexIds: string[];
}

export interface HexCells {
  cells: HexCell[];
  width: number;
  height: number;
}

const SQRT3 = Math.sqrt(3);
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Corner offsets in lattice units, clockwise on screen from the top (rows) or the left (columns). */
const POINTY_CORNERS = [
  [0, -2],
  [1, -1],
  [1, 1],
  [0, 2],
  [-1, 1],
  [-1, -1],
] as const;
const FLAT_CORNERS = [
  [-2, 0],
  [-1, -1],
  [1, -1],
  [2, 0],
  [1, 1],
  [-1, 1],
] as const;

interface Lattice {
  /** Centre in lattice units. */
  x: number;
  y: number;
}

/**
 * Lays out every hex; `size` is the distance from a hex's centre to a corner, in pixels. Cells come
 * in reading order (top row first, left to right).
 */
export function hexCells(layout: HexJson, size: number): HexCells {
  const entries = Object.entries(layout.hexes);
  if (entries.length === 0) return { cells: [], width: 0, height: 0 };
  const rows = isRowLayout(layout.layout);
  // Doubled coordinates make every half-hex shove an integer.
  const doubled = entries.map(([id, { q, r }]) => {
    const shove = isShifted(layout.layout, q, r) ? 1 : 0;
    return { id, q, r, across: rows ? 2 * q + shove : q, down: rows ? r : 2 * r + shove };
  });
  const minAcross = Math.min(...doubled.map((d) => d.across));
  const maxAcross = Math.max(...doubled.map((d) => d.across));
  const minDown = Math.min(...doubled.map((d) => d.down));
  const maxDown = Math.max(...doubled.map((d) => d.down));
  // Lattice units: rows use (hex width / 2, size / 2); columns use (size / 2, hex height / 2).
  const unitX = rows ? (SQRT3 * size) / 2 : size / 2;
  const unitY = rows ? size / 2 : (SQRT3 * size) / 2;
  const corners = rows ? POINTY_CORNERS : FLAT_CORNERS;
  const cells = doubled.map(({ id, q, r, across, down }): HexCell => {
    const centre: Lattice = rows
      ? { x: across - minAcross + 1, y: 3 * (maxDown - down) + 2 }
      : { x: 3 * (across - minAcross) + 2, y: maxDown - down + 1 };
    const points = corners
      .map(([dx, dy]) => `${round2((centre.x + dx) * unitX)},${round2((centre.y + dy) * unitY)}`)
      .join(' ');
    return { id, q, r, cx: round2(centre.x * unitX), cy: round2(centre.y * unitY), points };
  });
  cells.sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  const width = rows
    ? (maxAcross - minAcross + 2) * unitX
    : (3 * (maxAcross - minAcross) + 4) * unitX;
  const height = rows ? (3 * (maxDown - minDown) + 4) * unitY : (maxDown - minDown + 2) * unitY;
  return { cells, width: round2(width), height: round2(height) };
}

/** Ids of the hexes that share an edge with `id`, in a fixed order; empty for an unknown id. */
export function neighbourIds(layout: HexJson, id: string): string[] {
  const hex = layout.hexes[id];
  if (!hex) return [];
  const byCell = new Map(Object.entries(layout.hexes).map(([key, h]) => [cellKey(h.q, h.r), key]));
  return offsetNeighbours(layout.layout, hex.q, hex.r)
    .map((n) => byCell.get(cellKey(n.q, n.r)))
    .filter((found): found is string => found !== undefined);
}

// Arrow-key movement works on the drawn cells, so it behaves the same for every HexJSON layout.
export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const EPSILON = 0.01;

/**
 * Left/right: the nearest hex on the same row in that direction, else the nearest hex within about 60°
 * of that direction. Up/down: the horizontally nearest hex in the nearest row above/below that has
 * any hexes. A tie (two hexes half a hex either side) goes left on even rows and right on odd rows
 * counted from the top, so holding a key zigzags straight up or down, and up then down returns.
 */
export function hexInDirection(
  cells: readonly HexCell[],
  fromId: string,
  key: ArrowKey,
): string | null {
  const from = cells.find((cell) => cell.id === fromId);
  if (!from) return null;
  const others = cells.filter((cell) => cell.id !== fromId);
  if (key === 'ArrowLeft' || key === 'ArrowRight')
    return sideways(others, from, key === 'ArrowLeft' ? -1 : 1);
  return vertical(cells, others, from, key === 'ArrowUp' ? -1 : 1);
}

function sideways(others: readonly HexCell[], from: HexCell, sign: number): string | null {
  const ahead = others.filter((cell) => (cell.cx - from.cx) * sign > EPSILON);
  const sameRow = ahead.filter((cell) => Math.abs(cell.cy - from.cy) <= EPSILON);
  const pool =
    sameRow.length > 0
      ? sameRow
      : ahead.filter((cell) => Math.abs(cell.cy - from.cy) <= 2 * Math.abs(cell.cx - from.cx));
  const distance = (cell: HexCell) => Math.hypot(cell.cx - from.cx, cell.cy - from.cy);
  return nearest(pool, distance, (cell) => cell.cy)?.id ?? null;
}

function vertical(
  cells: readonly HexCell[],
  others: readonly HexCell[],
  from: HexCell,
  sign: number,
): string | null {
  const beyond = others.filter((cell) => (cell.cy - from.cy) * sign > EPSILON);
  if (beyond.length === 0) return null;
  const rowGap = Math.min(...beyond.map((cell) => Math.abs(cell.cy - from.cy)));
  const row = beyond.filter((cell) => Math.abs(Math.abs(cell.cy - from.cy) - rowGap) <= EPSILON);
  const preferLeft = rowIndex(cells, from) % 2 === 0;
  return (
    nearest(
      row,
      (cell) => Math.abs(cell.cx - from.cx),
      (cell) => (preferLeft ? cell.cx : -cell.cx),
    )?.id ?? null
  );
}

/** Index of the cell's row from the top, counting rows by the smallest gap between rows. */
function rowIndex(cells: readonly HexCell[], cell: HexCell): number {
  const ys = [...new Set(cells.map((c) => c.cy))].sort((a, b) => a - b);
  const top = ys[0] ?? cell.cy;
  const gaps = ys.slice(1).map((y, i) => y - (ys[i] ?? y));
  const step = gaps.length > 0 ? Math.min(...gaps) : 1;
  return Math.round((cell.cy - top) / step);
}

function nearest(
  pool: readonly HexCell[],
  distance: (cell: HexCell) => number,
  tieBreak: (cell: HexCell) => number,
): HexCell | undefined {
  let best: HexCell | undefined;
  for (const cell of pool) {
    if (!best) {
      best = cell;
      continue;
    }
    const diff = distance(cell) - distance(best);
    if (diff < -EPSILON || (Math.abs(diff) <= EPSILON && tieBreak(cell) < tieBreak(best)))
      best = cell;
  }
  return best;
}
