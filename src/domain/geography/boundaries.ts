/**
 * boundariesFromJson: the one way an area-boundaries file enters the app. Accepts a TopoJSON
 * Topology or a GeoJSON FeatureCollection keyed by ONS code, and returns polygon features wound the
 * way d3-geo expects. Never throws: an unusable file is `{ ok: false, reason }`.
 */
import { geoArea } from 'd3-geo';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';

const PositionSchema = z.array(z.number()).min(2);
const RingSchema = z.array(PositionSchema);
const BoundaryGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(RingSchema) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(RingSchema)) }),
]);
export type BoundaryGeometry = z.infer<typeof BoundaryGeometrySchema>;

const FeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullish(),
  geometry: z.unknown(),
});
const FeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});
const TopologySchema = z.object({
  type: z.literal('Topology'),
  objects: z.record(z.string(), z.looseObject({ type: z.string() })),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z
    .object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    })
    .optional(),
});

/** One area's boundary: a GeoJSON Feature whose id is the area's ONS code. */
export interface BoundaryFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string | null };
  geometry: BoundaryGeometry;
}

export type BoundariesResult =
  | { ok: true; features: BoundaryFeature[]; missing: string[]; skipped: number }
  | { ok: false; reason: string };

/** The object the project's converter writes; any other topology's first object is used. */
export const BOUNDARIES_OBJECT_NAME = 'icb23';

const ONS_CODE_KEY = /^[A-Z]+\d{2}CD$/;
const ONS_NAME_KEY = /^[A-Z]+\d{2}NM$/;

function firstString(values: unknown[]): string | null {
  const found = values.find((value) => typeof value === 'string' && value.trim() !== '');
  return typeof found === 'string' ? found.trim() : null;
}

function propertyMatching(properties: Record<string, unknown>, pattern: RegExp): unknown {
  const key = Object.keys(properties).find((name) => pattern.test(name));
  return key === undefined ? undefined : properties[key];
}

// ICB23CD first, then a plain `code`, then any ONS-style code field (a later vintage's ICB26CD),
// then the feature id.
function codeOf(feature: z.infer<typeof FeatureSchema>): string | null {
  const props = feature.properties ?? {};
  const id = typeof feature.id === 'number' ? String(feature.id) : feature.id;
  return firstString([props.ICB23CD, props.code, propertyMatching(props, ONS_CODE_KEY), id]);
}

function nameOf(properties: Record<string, unknown> | null | undefined): string | null {
  const props = properties ?? {};
  return firstString([props.ICB23NM, props.name, propertyMatching(props, ONS_NAME_KEY)]);
}

type Rings = number[][][];

/**
 * d3-geo reads a clockwise exterior ring as the small area it encloses; RFC 7946 GeoJSON winds it
 * the other way, which d3 reads as the whole globe minus the area. Reversing any polygon that
 * covers more than a hemisphere accepts either convention.
 */
function windForD3(polygon: Rings): Rings {
  const area = geoArea({ type: 'Polygon', coordinates: polygon });
  return area > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon;
}

function polygonsOf(geometry: BoundaryGeometry): Rings[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.filter((rings) => rings.length > 0).map(windForD3);
}

function toGeometry(polygons: Rings[]): BoundaryGeometry {
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function featuresOfTopology(topology: z.infer<typeof TopologySchema>): unknown[] | string {
  const names = Object.keys(topology.objects);
  const name = names.includes(BOUNDARIES_OBJECT_NAME) ? BOUNDARIES_OBJECT_NAME : names[0];
  if (name === undefined) return 'the TopoJSON file has no objects';
  try {
    const result = topoFeature(topology as unknown as Topology, name) as {
      type: string;
      features?: unknown[];
    };
    return result.type === 'FeatureCollection' ? (result.features ?? []) : [result];
  } catch (error) {
    return `the TopoJSON object "${name}" cannot be read (${(error as Error).message})`;
  }
}

function rawFeatures(input: unknown): unknown[] | string {
  const collection = FeatureCollectionSchema.safeParse(input);
  if (collection.success) return collection.data.features;
  const topology = TopologySchema.safeParse(input);
  if (topology.success) return featuresOfTopology(topology.data);
  const type = (input as { type?: unknown } | null)?.type;
  return type === 'Topology'
    ? 'the TopoJSON file is malformed (objects or arcs are not as TopoJSON defines them)'
    : 'the file is neither a TopoJSON Topology nor a GeoJSON FeatureCollection';
}

/** Which of `codes` have no boundary among `features`, in the order given. */
export function missingCodes(features: readonly BoundaryFeature[], codes: readonly string[]) {
  const present = new Set(features.map((feature) => feature.id));
  return codes.filter((code) => !present.has(code));
}

export function boundariesFromJson(
  input: unknown,
  codes: readonly string[] = [],
): BoundariesResult {
  const raw = rawFeatures(input);
  if (typeof raw === 'string') return { ok: false, reason: raw };
  const byCode = new Map<string, { name: string | null; polygons: Rings[] }>();
  let skipped = 0;
  for (const item of raw) {
    const parsed = FeatureSchema.safeParse(item);
    const geometry = parsed.success ? BoundaryGeometrySchema.safeParse(parsed.data.geometry) : null;
    const code = parsed.success ? codeOf(parsed.data) : null;
    const polygons = geometry?.success ? polygonsOf(geometry.data) : [];
    if (!parsed.success || code === null || polygons.length === 0) {
      skipped += 1;
      continue;
    }
    // An area split over several features (islands sent separately) becomes one MultiPolygon.
    const entry = byCode.get(code) ?? { name: nameOf(parsed.data.properties), polygons: [] };
    entry.polygons.push(...polygons);
    byCode.set(code, entry);
  }
  if (byCode.size === 0) {
    return { ok: false, reason: 'the file has no polygon boundary with an area code' };
  }
  const features = [...byCode].map(([code, { name, polygons }]): BoundaryFeature => ({
    type: 'Feature',
    id: code,
    properties: { code, name },
    geometry: toGeometry(polygons),
  }));
  return { ok: true, features, missing: missingCodes(features, codes), skipped };
}
