import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHexJson } from '../../src/domain/geography/hexjson';
import type { BuiltLayout } from './build-layout';
import { readReference } from '../sample-feed/read-reference';
import { buildLayout, DEFAULT_OPTIONS } from './build-layout';
import { countPatches } from './connectivity';
import { buildIcbLayout, LONDON_REGION } from './icb-layout';
import { serialiseHexJson } from './serialise-hexjson';

const reference = readReference();

describe('the committed ICB layout', () => {
  // One build (about five seconds) shared by the checks below.
  let built: BuiltLayout;
  beforeAll(() => {
    built = buildIcbLayout(reference);
  }, 60_000);

  it('is exactly what the builder makes from the reference files', () => {
    const committed = readFileSync('public/geo/icb23.hexjson', 'utf8');
    expect(serialiseHexJson(built.hexjson)).toBe(committed);
  });

  it('is a valid HexJSON layout with one hex per ICB, named and in its region', () => {
    const parsed = parseHexJson(built.hexjson);
    expect(parsed.ok).toBe(true);
    const hexes = built.hexjson.hexes;
    expect(Object.keys(hexes)).toHaveLength(42);
    for (const icb of reference.icb23) {
      expect(hexes[icb.code]).toMatchObject({ n: icb.shortName, region: icb.regionCode });
    }
  });

  it('keeps at least 75% of the 99 real borders', () => {
    const total = built.borders.kept.length + built.borders.lost.length;
    expect(total).toBe(99);
    expect(built.borders.kept.length / total).toBeGreaterThanOrEqual(0.75);
  });

  it("keeps London's five ICBs together as one patch", () => {
    const london = reference.icb23.filter((icb) => icb.regionCode === LONDON_REGION);
    expect(london).toHaveLength(5);
    expect(countPatches(london.map((icb) => built.hexjson.hexes[icb.code]!))).toBe(1);
  });
});

describe('buildLayout', () => {
  const systems = [
    { code: 'A', shortName: 'A', regionCode: 'R', centroid: { lon: -2, lat: 52 } },
    { code: 'B', shortName: 'B', regionCode: 'R', centroid: { lon: 0, lat: 52 } },
    { code: 'C', shortName: 'C', regionCode: 'R', centroid: { lon: -1, lat: 53 } },
  ];
  const borders = [
    { a: 'A', b: 'B' },
    { a: 'B', b: 'C' },
    { a: 'A', b: 'C' },
  ];
  const options = {
    ...DEFAULT_OPTIONS,
    scales: [1],
    offsets: [{ x: 0, y: 0 }],
    repair: { ...DEFAULT_OPTIONS.repair, steps: 2000 },
  };

  it('keeps every border of three mutual neighbours, whatever their spacing', () => {
    const built = buildLayout(systems, borders, options);
    expect(built.borders.kept).toHaveLength(3);
    expect(built.borders.falseNeighbours).toEqual([]);
  });

  it('gives the same bytes every time', () => {
    const once = serialiseHexJson(buildLayout(systems, borders, options).hexjson);
    expect(serialiseHexJson(buildLayout(systems, borders, options).hexjson)).toBe(once);
  });
});
