export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface AreaCentre {
  code: string;
  cx: number;
  cy: number;
}

const DIRECTION: Record<ArrowKey, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The area an arrow key moves to on a map: among areas whose centre lies in that direction (within
 * 60 degrees either side), the nearest, with sideways distance counting double so Right stays on
 * roughly the same row. Screen y grows downwards, so Up means smaller y. Null at the map's edge.
 */
export function areaInDirection(
  centres: readonly AreaCentre[],
  from: string,
  key: ArrowKey,
): string | null {
  const origin = centres.find((centre) => centre.code === from);
  if (!origin) return null;
  const [ux, uy] = DIRECTION[key];
  let best: { code: string; cost: number } | null = null;
  for (const centre of centres) {
    if (centre.code === from) continue;
    const dx = centre.cx - origin.cx;
    const dy = centre.cy - origin.cy;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    // tan(60 degrees) ~ 1.73: outside that cone the area is not "in that direction".
    if (along <= 0 || across > along * 1.73) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { code: centre.code, cost };
  }
  return best?.code ?? null;
}

export type MapKey = ArrowKey | 'Home' | 'End';

/**
 * The area a key moves to: arrows go to the neighbour in that direction; Home and End go to the
 * first and last area in reading order (top row first, left to right), as in a grid.
 */
export function areaForKey(
  centres: readonly AreaCentre[],
  from: string,
  key: MapKey,
): string | null {
  if (key !== 'Home' && key !== 'End') return areaInDirection(centres, from, key);
  const reading = [...centres].sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  return (key === 'Home' ? reading[0] : reading.at(-1))?.code ?? null;
}
