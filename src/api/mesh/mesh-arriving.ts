import type { MeshLoad } from './load-mesh';

/** How far a mesh load has got while a view is drawn from the products in so far. */
export interface MeshArriving {
  /** Products whose load has ended, with data or without. */
  settled: number;
  /** Products whose data the figures so far rest on. */
  loaded: number;
  total: number;
}

/** Null for a single feed or a complete mesh: only a view still filling in needs saying so. */
export function meshArriving(mesh: MeshLoad | undefined): MeshArriving | null {
  if (!mesh || mesh.complete) return null;
  const { loaded, total } = mesh.merged.products;
  const settled = [...mesh.outcomes.values()].filter((o) => o.kind !== 'pending').length;
  return { settled, loaded, total };
}
