import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AutoLayoutSystem } from './auto-layout';
import {
  autoLayoutFromCentroids,
  candidateCells,
  defaultScale,
  projectCentroid,
} from './auto-layout';
import { gridPosition } from './hex-offset';

const system = (code: string, lon: number, lat: number): AutoLayoutSystem => ({
  code,
  shortName: `Area ${code}`,
  regionCode: 'R1',
  centroid: { lon, lat },
});

/** A made-up feed's systems: a 2×2 square of centroids half a degree apart, plus one to the east. */
const square = [
  system('SW', -1, 52),
  system('SE', -0.2, 52),
  system('NW', -1, 52.5),
  system('NE', -0.2, 52.5),
  system('FarEast', 0.8, 52.2),
];

function positions(systems: readonly AutoLayoutSystem[]) {
  const layout = autoLayoutFromCentroids(systems);
  return new Map(
    Object.entries(layout.hexes).map(([code, hex]) => [code, gridPosition('odd-r', hex.q, hex.r)]),
  );
}

describe('projectCentroid', () => {
  it('shrinks longitude by cos 53° and keeps latitude', () => {
    const { x, y } = projectCentroid({ lon: -2, lat: 53 });
    expect(x).toBeCloseTo(-2 * 0.601815, 5);
    expect(y).toBe(53);
  });
});

describe('autoLayoutFromCentroids', () => {
  it('gives every system its own hex, named and in its region', () => {
    const layout = autoLayoutFromCentroids(square);
    expect(layout.layout).toBe('odd-r');
    expect(Object.keys(layout.hexes)).toEqual(['FarEast', 'NE', 'NW', 'SE', 'SW']);
    expect(layout.hexes.NW).toMatchObject({ n: 'Area NW', region: 'R1' });
    const cells = Object.values(layout.hexes).map((h) => `${h.q},${h.r}`);
    expect(new Set(cells).size).toBe(5);
  });

  it('keeps west to the west and north to the north', () => {
    const at = positions(square);
    const [sw, se, nw, ne, east] = ['SW', 'SE', 'NW', 'NE', 'FarEast'].map((c) => at.get(c)!);
    expect(sw!.x).toBeLessThan(se!.x);
    expect(nw!.x).toBeLessThan(ne!.x);
    expect(nw!.y).toBeGreaterThan(sw!.y);
    expect(ne!.y).toBeGreaterThan(se!.y);
    expect(east!.x).toBeGreaterThan(Math.max(se!.x, ne!.x));
  });

  it('starts the grid at q=0 and r=0 or 1', () => {
    const hexes = Object.values(autoLayoutFromCentroids(square).hexes);
    expect(Math.min(...hexes.map((h) => h.q))).toBe(0);
    expect(Math.min(...hexes.map((h) => h.r))).toBeLessThanOrEqual(1);
  });

  it.each([
    ['no systems', [], 0],
    ['one system', [system('A', 0, 50)], 1],
    [
      'systems sharing one centroid',
      [system('A', 0, 50), system('B', 0, 50), system('C', 0, 50)],
      3,
    ],
    ['systems on a line', [system('A', 0, 50), system('B', 1, 50), system('C', 2, 50)], 3],
  ])('copes with %s', (_label, systems, count) => {
    const hexes = Object.values(autoLayoutFromCentroids(systems).hexes);
    expect(hexes).toHaveLength(count);
    expect(new Set(hexes.map((h) => `${h.q},${h.r}`)).size).toBe(count);
  });

  it('does not depend on the order of the systems', () => {
    const centroid = fc.record({
      lon: fc.double({ min: -5, max: 2, noNaN: true }),
      lat: fc.double({ min: 50, max: 55, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(centroid, { minLength: 1, maxLength: 12 }), (centroids) => {
        const systems = centroids.map((c, i) =>
          system(`S${String(i).padStart(2, '0')}`, c.lon, c.lat),
        );
        const forwards = autoLayoutFromCentroids(systems);
        expect(autoLayoutFromCentroids([...systems].reverse())).toEqual(forwards);
        expect(Object.keys(forwards.hexes)).toHaveLength(systems.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe('defaultScale', () => {
  it('gives about two cells per system in the bounding box', () => {
    // A 2 × 1.5 box holding 3 points: 6 cells of area √3/2 each over an area of 3 (scaled²).
    const scale = defaultScale([
      { x: 0, y: 0 },
      { x: 2, y: 1.5 },
      { x: 1, y: 1 },
    ]);
    expect(scale ** 2 * 3).toBeCloseTo(6 * (Math.sqrt(3) / 2), 9);
  });
});

describe('candidateCells', () => {
  it('covers the targets with a margin', () => {
    const cells = candidateCells([{ code: 'A', x: 0, y: 0 }], 1);
    expect(cells.map((c) => `${c.q},${c.r}`).sort()).toEqual(
      ['-1,0', '0,-1', '0,0', '0,1', '1,0', '-1,-1', '-1,1'].sort(),
    );
  });
});
