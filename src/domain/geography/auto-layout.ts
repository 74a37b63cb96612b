/**
 * The assignment core shared by the layout builder script and the app: project centroids, scale
 * them onto an odd-r hex grid, and give each system its own cell so that the summed squared
 * displacement is as small as possible. Deterministic: input order does not change the result.
 */
import type { System } from '../feed/feed-schema';
import type { HexJson, HexLayout } from './hexjson';
import { minCostAssignment } from './hex-assignment';
import type { OffsetCoord } from './hex-offset';
import { gridPosition, isRowLayout } from './hex-offset';

export interface GridTarget {
  code: string;
  /** Wanted position in grid units (neighbouring hex centres 1 apart), y increasing north. */
  x: number;
  y: number;
}

type Centroid = NonNullable<System['centroid']>;

export type AutoLayoutSystem = Pick<System, 'code' | 'shortName' | 'regionCode'> & {
  centroid: Centroid;
};

/** Latitude of true scale: England's middle, so east-west and north-south distances agree. */
const STANDARD_PARALLEL = 53;
/** Cells in the centroids' bounding box per system: England fills about half of its box. */
const CELLS_PER_SYSTEM = 2;

/** Equirectangular projection in degrees of latitude, true to scale at 53°N. */
export function projectCentroid({ lon, lat }: Centroid): { x: number; y: number } {
  return { x: lon * Math.cos((STANDARD_PARALLEL * Math.PI) / 180), y: lat };
}

/** Every cell whose centre lies within `margin` grid units of the targets' bounding box. */
export function candidateCells(
  targets: readonly GridTarget[],
  margin: number,
  layout: HexLayout = 'odd-r',
): OffsetCoord[] {
  if (targets.length === 0) return [];
  const xs = targets.map((t) => t.x);
  const ys = targets.map((t) => t.y);
  const [minX, maxX] = [Math.min(...xs) - margin, Math.max(...xs) + margin];
  const [minY, maxY] = [Math.min(...ys) - margin, Math.max(...ys) + margin];
  const stepX = isRowLayout(layout) ? 1 : Math.sqrt(3) / 2;
  const stepY = isRowLayout(layout) ? Math.sqrt(3) / 2 : 1;
  const cells: OffsetCoord[] = [];
  for (let r = Math.floor(minY / stepY) - 1; r <= Math.ceil(maxY / stepY) + 1; r += 1) {
    for (let q = Math.floor(minX / stepX) - 1; q <= Math.ceil(maxX / stepX) + 1; q += 1) {
      const { x, y } = gridPosition(layout, q, r);
      if (x >= minX && x <= maxX && y >= minY && y <= maxY) cells.push({ q, r });
    }
  }
  return cells;
}

/**
 * Gives each target its own cell out of `cells`, minimising the summed squared distance. Targets
 * are taken in code order so that the result does not depend on the order they came in.
 */
export function assignToCells(
  targets: readonly GridTarget[],
  cells: readonly OffsetCoord[],
  layout: HexLayout = 'odd-r',
): Map<string, OffsetCoord> {
  const sorted = [...targets].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const centres = cells.map((cell) => gridPosition(layout, cell.q, cell.r));
  const cost = sorted.map((t) => centres.map((c) => (c.x - t.x) ** 2 + (c.y - t.y) ** 2));
  const columns = minCostAssignment(cost);
  return new Map(sorted.map((t, i) => [t.code, cells[columns[i] ?? -1] ?? { q: 0, r: 0 }]));
}

/** A scale (grid units per projected degree) that gives about two cells per system. */
export function defaultScale(points: readonly { x: number; y: number }[]): number {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  const longest = Math.max(width, height);
  if (!(longest > 0)) return 1;
  // A line of points still needs room: never let one side be thinner than its share of cells.
  const floor = longest / points.length;
  const area = Math.max(width, floor) * Math.max(height, floor);
  return Math.sqrt((CELLS_PER_SYSTEM * points.length * (Math.sqrt(3) / 2)) / area);
}

/** Moves cells so the smallest q is 0 and the smallest r is 0 or 1 (an even shift keeps odd-r). */
export function normaliseCells(cells: ReadonlyMap<string, OffsetCoord>): Map<string, OffsetCoord> {
  const all = [...cells.values()];
  const dq = Math.min(...all.map((c) => c.q));
  const dr = 2 * Math.floor(Math.min(...all.map((c) => c.r)) / 2);
  return new Map([...cells].map(([code, c]) => [code, { q: c.q - dq, r: c.r - dr }]));
}

/** A HexJSON layout for systems that have no base layout, one hex each, from their centroids. */
export function autoLayoutFromCentroids(systems: readonly AutoLayoutSystem[]): HexJson {
  if (systems.length === 0) return { layout: 'odd-r', hexes: {} };
  const projected = systems.map((s) => ({ code: s.code, ...projectCentroid(s.centroid) }));
  const scale = defaultScale(projected);
  const minX = Math.min(...projected.map((p) => p.x));
  const minY = Math.min(...projected.map((p) => p.y));
  const targets = projected.map((p) => ({
    code: p.code,
    x: (p.x - minX) * scale,
    y: (p.y - minY) * scale,
  }));
  const cells = normaliseCells(assignToCells(targets, candidateCells(targets, 2)));
  return toHexJson(systems, cells);
}

export function toHexJson(
  systems: readonly Pick<System, 'code' | 'shortName' | 'regionCode'>[],
  cells: ReadonlyMap<string, OffsetCoord>,
  layout: HexLayout = 'odd-r',
): HexJson {
  const sorted = [...systems].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const hexes: HexJson['hexes'] = {};
  for (const system of sorted) {
    const cell = cells.get(system.code);
    if (cell)
      hexes[system.code] = { q: cell.q, r: cell.r, n: system.shortName, region: system.regionCode };
  }
  return { layout, hexes };
}
