import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { BoundaryFeature } from './boundaries';

export interface BoundaryPath {
  code: string;
  d: string;
}

/** Room left at each edge so outlines drawn on the border are not clipped. */
const MARGIN = 1;

/**
 * SVG path data for each area, projected to fill a width x height box. The projection is
 * transverse Mercator on 2°W, the central meridian of the British National Grid, so England looks
 * as it does on Ordnance Survey maps. Areas keep their input order; one with nothing to draw is left
 * out.
 */
export function boundaryPaths(
  features: readonly BoundaryFeature[],
  width: number,
  height: number,
): BoundaryPath[] {
  if (features.length === 0 || !(width > 2 * MARGIN) || !(height > 2 * MARGIN)) return [];
  const collection = { type: 'FeatureCollection' as const, features: [...features] };
  const projection = geoTransverseMercator()
    .rotate([2, 0])
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [width - MARGIN, height - MARGIN],
      ],
      collection,
    );
  const path = geoPath(projection);
  const paths: BoundaryPath[] = [];
  for (const feature of features) {
    const d = path(feature);
    if (d) paths.push({ code: feature.id, d });
  }
  return paths;
}
