import { useMemo } from 'react';
import { regionProductBasis } from '../../domain/mesh/region-basis';
import type { ProductBasis } from '../../domain/mesh/region-basis';
import type { LoadedFeed } from '../decode-feed';

const NONE: ReadonlyMap<string, ProductBasis> = new Map();

/** For a mesh, each region's "N of M data products" in a quarter; empty for a single feed. */
export function useRegionBasis(
  loaded: LoadedFeed,
  period: string | null,
): ReadonlyMap<string, ProductBasis> {
  const sources = loaded.mesh?.merged.sources;
  const systems = loaded.feed.geography.systems;
  return useMemo(
    () => (sources && period ? regionProductBasis(sources, systems, period) : NONE),
    [sources, systems, period],
  );
}
