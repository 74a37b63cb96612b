/**
 * Screen geometry for a HexJSON layout: y increases downwards, so north (high `r`) is at the top.
 * Corners are computed on an integer lattice and only then scaled, so two hexes that share a
 * corner produce exactly the same numbers: outlines and shared edges match corners by text.
 */
import type { HexJson } from './hexjson';
import { isRowLayout, isShifted } from './hex-offset';

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
