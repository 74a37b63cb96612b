import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import topology from '../../testing/fixtures/boundaries/three-areas.topo.json';
import { boundariesFromJson, missingCodes } from './boundaries';
import type { BoundaryFeature } from './boundaries';

const geojson = JSON.parse(
  readFileSync(
    new URL('../../../scripts/boundaries/fixtures/three-areas.geojson', import.meta.url),
    'utf8',
  ),
) as { type: 'FeatureCollection'; features: Record<string, unknown>[] };

const CODES = ['E54000008', 'E54000010', 'E54000011'];
const square = (x: number, y: number) => [
  [
    [x, y],
    [x, y + 1],
    [x + 1, y + 1],
    [x + 1, y],
    [x, y],
  ],
];
const feature = (properties: unknown, geometry: unknown, id?: unknown) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const polygonAt = (x: number) => ({ type: 'Polygon', coordinates: square(x, 52) });

function features(input: unknown, codes?: readonly string[]): BoundaryFeature[] {
  const result = boundariesFromJson(input, codes);
  if (!result.ok) throw new Error(result.reason);
  return result.features;
}

const smallerThanAHemisphere = (f: BoundaryFeature) => geoArea(f) < 2 * Math.PI;

describe('boundariesFromJson with the three-area fixture', () => {
  it.each([
    ['TopoJSON', topology],
    ['GeoJSON', geojson],
  ])('reads %s keyed by code, with names, in file order', (_format, input) => {
    const result = boundariesFromJson(input, CODES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.features.map((f) => f.id)).toEqual(CODES);
    expect(result.features.map((f) => f.properties.code)).toEqual(CODES);
    expect(result.features[0]?.properties.name).toBe('Made-up North Area');
    expect(result.missing).toEqual([]);
    expect(result.skipped).toBe(0);
    expect(result.features.every(smallerThanAHemisphere)).toBe(true);
  });

  it('reports the requested codes that have no boundary, in the order asked', () => {
    const result = boundariesFromJson(topology, ['E54000013', 'E54000010', 'E54000064']);
    expect(result).toMatchObject({ ok: true, missing: ['E54000013', 'E54000064'] });
  });

  it('keeps a multi-part area as one MultiPolygon', () => {
    const southWest = features(geojson)[2];
    expect(southWest?.geometry.type).toBe('MultiPolygon');
    expect(southWest?.geometry.coordinates).toHaveLength(2);
  });

  it('accepts either winding: RFC 7946 (the fixture) and its reverse give the same features', () => {
    const reversed = structuredClone(geojson);
    for (const f of reversed.features) {
      const geometry = f.geometry as { type: string; coordinates: number[][][] | number[][][][] };
      const polygons = (
        geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
      ) as number[][][][];
      for (const polygon of polygons) for (const ring of polygon) ring.reverse();
    }
    expect(features(reversed)).toEqual(features(geojson));
  });

  it('does not change its input', () => {
    const copy = structuredClone(geojson);
    boundariesFromJson(geojson);
    expect(geojson).toEqual(copy);
  });
});

describe('boundariesFromJson reading codes and objects', () => {
  it.each([
    ['properties.ICB23CD', feature({ ICB23CD: 'E54000008', code: 'X' }, polygonAt(0), 'Y')],
    ['properties.code', feature({ code: 'E54000008' }, polygonAt(0), 'Y')],
    ['a later vintage ICB26CD', feature({ ICB26CD: 'E54000008' }, polygonAt(0))],
    ['the feature id', feature(null, polygonAt(0), 'E54000008')],
    ['a numeric id, as text', feature({}, polygonAt(0), 8)],
  ])('takes the code from %s', (_where, input) => {
    const [only] = features(collection(input));
    expect(only?.id).toBe(input.id === 8 ? '8' : 'E54000008');
  });

  it('merges features that share a code into one MultiPolygon', () => {
    const input = collection(
      feature({ code: 'A', name: 'Area A' }, polygonAt(0)),
      feature({ code: 'A' }, polygonAt(3)),
    );
    const [only, ...rest] = features(input);
    expect(rest).toEqual([]);
    expect(only?.properties.name).toBe('Area A');
    expect(only?.geometry.coordinates).toHaveLength(2);
  });

  it('skips features with no code or no polygon and counts them', () => {
    const input = collection(
      feature({ code: 'A' }, polygonAt(0)),
      feature({ name: 'no code' }, polygonAt(1)),
      feature({ code: 'B' }, { type: 'Point', coordinates: [0, 52] }),
      feature({ code: 'C' }, null),
      feature({ code: 'D' }, { type: 'Polygon', coordinates: [[['x', 1]]] }),
      { type: 'Feature' },
      'not a feature',
    );
    expect(boundariesFromJson(input, ['A', 'B'])).toMatchObject({
      ok: true,
      missing: ['B'],
      skipped: 6,
    });
  });

  it('reads the object named icb23 when a topology has several, else the first', () => {
    const renamed = { ...topology, objects: { areas: topology.objects.icb23 } };
    expect(features(renamed).map((f) => f.id)).toEqual(CODES);
    const empty = { type: 'GeometryCollection', geometries: [] };
    const several = { ...topology, objects: { other: empty, icb23: topology.objects.icb23 } };
    expect(features(several).map((f) => f.id)).toEqual(CODES);
  });
});

describe('boundariesFromJson with rubbish', () => {
  const brokenArcs = {
    ...topology,
    objects: {
      icb23: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[99]] }] },
    },
  };
  it.each([
    ['null', null, /neither a TopoJSON Topology nor a GeoJSON/],
    ['a number', 42, /neither/],
    ['a string', 'E54000008', /neither/],
    ['an array', [], /neither/],
    ['an empty object', {}, /neither/],
    ['a Feature alone', feature({ code: 'A' }, polygonAt(0)), /neither/],
    ['features that are not a list', { type: 'FeatureCollection', features: {} }, /neither/],
    ['no usable feature', collection(feature({}, polygonAt(0))), /no polygon boundary/],
    ['an empty collection', collection(), /no polygon boundary/],
    ['a topology without arcs', { type: 'Topology', objects: {} }, /TopoJSON file is malformed/],
    ['a topology with no objects', { ...topology, objects: {} }, /has no objects/],
    ['arcs that do not exist', brokenArcs, /cannot be read|no polygon boundary/],
  ])('%s -> ok: false with a reason', (_name, input, reason) => {
    const result = boundariesFromJson(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('never throws, whatever it is given', () => {
    const geometryLike = fc.record({
      type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point'),
      coordinates: fc.anything(),
    });
    const featureLike = fc.record({
      type: fc.constant('Feature'),
      id: fc.oneof(fc.string(), fc.integer()),
      properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())),
      geometry: fc.oneof(geometryLike, fc.anything()),
    });
    const inputs = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(featureLike) }),
      fc.record({
        type: fc.constant('Topology'),
        objects: fc.dictionary(fc.string(), fc.record({ type: fc.string() })),
        arcs: fc.array(fc.array(fc.array(fc.integer()))),
      }),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const result = boundariesFromJson(input, ['A']);
        return result.ok ? Array.isArray(result.features) : result.reason.length > 0;
      }),
    );
  });
});

describe('missingCodes', () => {
  it.each([
    ['none asked', [], []],
    ['all present', CODES, []],
    ['one absent', ['E54000010', 'E54000099'], ['E54000099']],
  ])('%s', (_name, codes, expected) => {
    expect(missingCodes(features(topology), codes)).toEqual(expected);
  });
});
