/**
 * GeoJSON boundaries in, simplified TopoJSON keyed by ONS code out. Pure: no files, no network.
 *
 * Simplifying the topology rather than each polygon is what keeps neighbours touching: a border
 * two areas share is one arc, simplified once and drawn by both.
 */
import { neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { BOUNDARIES_OBJECT_NAME, boundariesFromJson } from '../../src/domain/geography/boundaries';

export interface ConvertOptions {
  /** Share of the removable points to keep, in (0, 1]: 0.05 keeps the 5% that matter most. */
  keep: number;
  /** Grid size for the written coordinates; 1e5 is about 10 m across England. */
  quantization?: number;
  /** Codes the file is expected to cover (the 42 ICBs), to report any that are missing. */
  expectedCodes?: readonly string[];
}

export interface ConvertStats {
  codes: string[];
  missing: string[];
  skipped: number;
  pointsBefore: number;
  pointsAfter: number;
  sharedBordersBefore: number;
  sharedBordersAfter: number;
}

/** What each written area carries: its ONS code (also the geometry's id) and name. */
export interface IcbProperties {
  ICB23CD: string;
  ICB23NM: string | null;
}
export type IcbTopology = Topology<Objects<IcbProperties>>;

export type ConvertResult =
  { ok: true; topology: IcbTopology; stats: ConvertStats } | { ok: false; reason: string };

export const DEFAULT_QUANTIZATION = 1e5;

function countPoints(topo: IcbTopology): number {
  return topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
}

/** Pairs of areas that share at least one arc (a border), as TopoJSON sees them. */
export function sharedBorderCount(topo: IcbTopology): number {
  const object = topo.objects[BOUNDARIES_OBJECT_NAME] as GeometryCollection | undefined;
  const lists = neighbors(object?.geometries ?? []);
  return lists.reduce((sum, list, index) => sum + list.filter((other) => other > index).length, 0);
}

export function geoJsonToTopology(input: unknown, options: ConvertOptions): ConvertResult {
  const parsed = boundariesFromJson(input, options.expectedCodes);
  if (!parsed.ok) return parsed;
  const collection = {
    type: 'FeatureCollection' as const,
    features: parsed.features.map((feature) => ({
      type: 'Feature' as const,
      id: feature.id,
      properties: { ICB23CD: feature.id, ICB23NM: feature.properties.name },
      geometry: feature.geometry,
    })),
  };
  const quantization = options.quantization ?? DEFAULT_QUANTIZATION;
  const full = topology({ [BOUNDARIES_OBJECT_NAME]: collection }, quantization) as IcbTopology;
  const weighted = presimplify(full);
  const minWeight = quantile(weighted, options.keep);
  // Drop islands and holes too small to see at that detail, but never a ring that touches a
  // neighbour (that would open a gap in the map).
  const simplified = filter(
    simplify(weighted, minWeight),
    filterAttachedWeight(weighted, minWeight),
  ) as IcbTopology;
  const written = quantize(simplified, quantization);
  return {
    ok: true,
    topology: written,
    stats: {
      codes: parsed.features.map((feature) => feature.id),
      missing: parsed.missing,
      skipped: parsed.skipped,
      pointsBefore: countPoints(full),
      pointsAfter: countPoints(written),
      sharedBordersBefore: sharedBorderCount(full),
      sharedBordersAfter: sharedBorderCount(written),
    },
  };
}
