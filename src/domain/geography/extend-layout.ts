/**
 * Places systems that have no hex of their own into free cells of an existing layout, near where
 * their centroids fall. The centroid-to-grid mapping is fitted (one scale, one shift) to the
 * systems already on the layout, then the shared assignment core picks the cells.
 */
import type { AutoLayoutSystem, GridTarget } from './auto-layout';
import { assignToCells, candidateCells, projectCentroid } from './auto-layout';
import { cellKey, gridPosition } from './hex-offset';
import type { HexJson } from './hexjson';

export interface Anchor {
  centroid: AutoLayoutSystem['centroid'];
  hexIds: readonly string[];
}

interface Fit {
  scale: number;
  dx: number;
  dy: number;
}

/** The layout with one new hex per extra system (keyed by its code), or null when no fit exists. */
export function placeAmongHexes(
  base: HexJson,
  anchors: readonly Anchor[],
  extras: readonly AutoLayoutSystem[],
): HexJson | null {
  const fit = fitToGrid(base, anchors);
  if (!fit) return null;
  const targets: GridTarget[] = extras.map((system) => {
    const p = projectCentroid(system.centroid);
    return { code: system.code, x: fit.scale * p.x + fit.dx, y: fit.scale * p.y + fit.dy };
  });
  const taken = new Set(Object.values(base.hexes).map((hex) => cellKey(hex.q, hex.r)));
  let free: ReturnType<typeof candidateCells> = [];
  for (let margin = 2; free.length < extras.length; margin *= 2) {
    free = candidateCells(targets, margin, base.layout).filter(
      (c) => !taken.has(cellKey(c.q, c.r)),
    );
  }
  const cells = assignToCells(targets, free, base.layout);
  const hexes = { ...base.hexes };
  for (const system of extras) {
    const cell = cells.get(system.code);
    if (cell) hexes[system.code] = { ...cell, n: system.shortName, region: system.regionCode };
  }
  return { layout: base.layout, hexes };
}

/** Least-squares scale and shift from projected centroids to the anchors' mean hex positions. */
function fitToGrid(base: HexJson, anchors: readonly Anchor[]): Fit | null {
  const pairs = anchors.flatMap((anchor) => {
    const hexes = anchor.hexIds.map((id) => base.hexes[id]).filter((hex) => hex !== undefined);
    if (hexes.length === 0) return [];
    const grid = hexes.map((hex) => gridPosition(base.layout, hex.q, hex.r));
    const g = {
      x: grid.reduce((sum, p) => sum + p.x, 0) / grid.length,
      y: grid.reduce((sum, p) => sum + p.y, 0) / grid.length,
    };
    return [{ p: projectCentroid(anchor.centroid), g }];
  });
  if (pairs.length < 2) return null;
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [px, py] = [mean(pairs.map(({ p }) => p.x)), mean(pairs.map(({ p }) => p.y))];
  const [gx, gy] = [mean(pairs.map(({ g }) => g.x)), mean(pairs.map(({ g }) => g.y))];
  let across = 0;
  let spread = 0;
  for (const { p, g } of pairs) {
    across += (p.x - px) * (g.x - gx) + (p.y - py) * (g.y - gy);
    spread += (p.x - px) ** 2 + (p.y - py) ** 2;
  }
  if (!(spread > 0) || !(across > 0)) return null;
  const scale = across / spread;
  return { scale, dx: gx - scale * px, dy: gy - scale * py };
}
