/**
 * What each region's figures rest on in a data mesh: of the data products owning its systems in a
 * quarter, how many gave data. A region's figure from 5 of its 7 products is not the region's
 * figure, and the page must say so ("based on 5 of 7 data products"), as the national line does.
 */
import type { System } from '../feed/feed-schema';
import { systemsInPeriod } from '../geography/system-validity';
import type { MergedMesh } from './merge-mesh';

export interface ProductBasis {
  loaded: number;
  total: number;
}

/** Region code to its products' basis; a region none of whose systems has an owner is absent. */
export function regionProductBasis(
  sources: MergedMesh['sources'],
  systems: readonly System[],
  period: string,
): Map<string, ProductBasis> {
  const products = new Map<string, { all: Set<string>; loaded: Set<string> }>();
  for (const system of systemsInPeriod(systems, period)) {
    const source = sources.get(system.code);
    if (!source || source.kind === 'unowned') continue;
    const region = products.get(system.regionCode) ?? { all: new Set(), loaded: new Set() };
    region.all.add(source.product);
    if (source.kind === 'product') region.loaded.add(source.product);
    products.set(system.regionCode, region);
  }
  return new Map(
    [...products].map(([code, { all, loaded }]) => [
      code,
      { loaded: loaded.size, total: all.size },
    ]),
  );
}

/** True when some region's figure rests on fewer than all of its products. */
export function anyRegionShort(basis: ReadonlyMap<string, ProductBasis>): boolean {
  return [...basis.values()].some(({ loaded, total }) => loaded < total);
}
