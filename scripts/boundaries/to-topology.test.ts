import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { geoJsonToTopology } from './to-topology';
import type { ConvertResult, IcbProperties } from './to-topology';

const geojson: unknown = JSON.parse(
  readFileSync(new URL('./fixtures/three-areas.geojson', import.meta.url), 'utf8'),
);
const CODES = ['E54000008', 'E54000010', 'E54000011'];

function convert(keep: number, input: unknown = geojson) {
  const result: ConvertResult = geoJsonToTopology(input, { keep, expectedCodes: CODES });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** What a reader of the written file sees: parse the JSON text, then topojson-client. */
function roundTrip(topology: Topology) {
  const read = JSON.parse(JSON.stringify(topology)) as Topology;
  const object = read.objects.icb23 as GeometryCollection<IcbProperties>;
  return { read, object, areas: feature(read, object).features };
}

describe('geoJsonToTopology', () => {
  it('writes TopoJSON that round-trips with the right codes and names', () => {
    const { areas } = roundTrip(convert(0.05).topology);
    expect(areas.map((area) => area.id)).toEqual(CODES);
    expect(areas.map((area) => area.properties?.ICB23CD)).toEqual(CODES);
    expect(areas[1]?.properties?.ICB23NM).toBe('Made-up South East Area');
  });

  it('writes integer (quantized) coordinates with a transform', () => {
    const { read } = roundTrip(convert(0.05).topology);
    expect(read.transform).toBeDefined();
    expect(read.arcs.flat(2).every(Number.isInteger)).toBe(true);
  });

  it('winds every area for d3-geo (each smaller than a hemisphere)', () => {
    const { areas } = roundTrip(convert(0.05).topology);
    expect(areas.every((area) => geoArea(area) < 2 * Math.PI)).toBe(true);
  });

  it.each([0.05, 0.2, 1])('keeps shared borders shared at keep %s', (keep) => {
    const { stats, topology } = convert(keep);
    const { read, object } = roundTrip(topology);
    // Every pair of areas still shares an arc (one border, drawn by both)...
    expect(neighbors(object.geometries)).toEqual([
      [1, 2],
      [0, 2],
      [0, 1],
    ]);
    expect(stats.sharedBordersBefore).toBe(3);
    expect(stats.sharedBordersAfter).toBe(3);
    // ...so the interior borders are a mesh of arcs used by two different areas.
    const interior = mesh(read, object, (a, b) => a !== b);
    expect(interior.coordinates.length).toBeGreaterThan(0);
  });

  it('removes points as asked, and keeps them all at keep 1', () => {
    const few = convert(0.05).stats;
    const all = convert(1).stats;
    expect(few.pointsAfter).toBeLessThan(few.pointsBefore / 2);
    expect(all.pointsAfter).toBe(all.pointsBefore);
  });

  it('drops an island too small to see at 5% but keeps it at full detail', () => {
    const partsOfSouthWest = (keep: number) => {
      const { object } = roundTrip(convert(keep).topology);
      const southWest = object.geometries[2];
      return southWest?.type === 'MultiPolygon' ? southWest.arcs.length : 1;
    };
    expect(partsOfSouthWest(0.05)).toBe(1);
    expect(partsOfSouthWest(1)).toBe(2);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(JSON.stringify(convert(0.05).topology)).toBe(JSON.stringify(convert(0.05).topology));
  });

  it('reports expected codes that have no boundary', () => {
    const result = geoJsonToTopology(geojson, {
      keep: 0.05,
      expectedCodes: [...CODES, 'E54000013'],
    });
    expect(result.ok && result.stats.missing).toEqual(['E54000013']);
  });

  it.each([
    ['not GeoJSON', { hello: 'world' }, /neither a TopoJSON Topology nor a GeoJSON/],
    ['no coded polygon', { type: 'FeatureCollection', features: [] }, /no polygon boundary/],
  ])('refuses %s with a reason', (_name, input, reason) => {
    const result = geoJsonToTopology(input, { keep: 0.05 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
