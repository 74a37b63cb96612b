import { describe, expect, it } from 'vitest';
import { deriveAdjacency } from './adjacency';
import { buildGeography, combinePredecessors, normaliseShares } from './geography';
import type { Icb23 } from './read-reference';
import { readReference } from './read-reference';

const geography = buildGeography(readReference());
const byCode = new Map(geography.systems.map((s) => [s.code, s]));
const borders = new Set(geography.adjacency.map(({ a, b }) => `${a}|${b}`));
const border = (x: string, y: string) => borders.has(x < y ? `${x}|${y}` : `${y}|${x}`);

const FRIMLEY = 'E54000034';
const THAMES_VALLEY = 'E54000070';
const SURREY_SUSSEX = 'E54000069';
const HIOW_2026 = 'E54000067';
const WEST_NORTH_LONDON = 'E54000071';
const SOUTH_EAST_LONDON = 'E54000030';

describe('buildGeography', () => {
  it('has the 42 ICBs of 2023 and the 7 created in April 2026', () => {
    const of2023 = geography.systems.filter((s) => s.validFrom === '2022-07-01');
    const of2026 = geography.systems.filter((s) => s.validFrom === '2026-04-01');
    expect(of2023).toHaveLength(42);
    expect(of2026.map((s) => s.code).sort()).toEqual([
      'E54000065',
      'E54000066',
      'E54000067',
      'E54000068',
      'E54000069',
      'E54000070',
      'E54000071',
    ]);
    expect(of2026.every((s) => s.codeProvisional && s.odsCode === undefined)).toBe(true);
    expect(geography.systems.filter((s) => s.validTo === null)).toHaveLength(36);
    expect(geography.systems.filter((s) => s.validTo === '2026-03-31')).toHaveLength(13);
  });

  it('keeps an unchanged ICB as one system spanning both vintages', () => {
    expect(byCode.get('E54000008')).toMatchObject({
      validFrom: '2022-07-01',
      validTo: null,
      odsCode: 'QYG',
    });
  });

  it('gives every ended system a crosswalk whose shares sum to 1', () => {
    const ended = geography.systems.filter((s) => s.validTo !== null).map((s) => s.code);
    expect(geography.crosswalk.map((c) => c.from).sort()).toEqual(ended.sort());
    for (const entry of geography.crosswalk) {
      const total = entry.to.reduce((sum, t) => sum + t.populationShare, 0);
      expect(total).toBeCloseTo(1, 9);
      for (const t of entry.to) expect(byCode.get(t.code)?.validFrom).toBe('2026-04-01');
    }
  });

  it('splits Frimley three ways with the reference shares', () => {
    const frimley = geography.crosswalk.find((c) => c.from === FRIMLEY);
    expect(frimley?.to).toEqual([
      { code: HIOW_2026, populationShare: 0.227972 },
      { code: SURREY_SUSSEX, populationShare: 0.20081 },
      { code: THAMES_VALLEY, populationShare: 0.571218 },
    ]);
  });

  it('lists the 99 real borders and derived 2026 borders once each, with a < b', () => {
    const ref = readReference();
    for (const { a, b } of ref.adjacency) expect(border(a, b)).toBe(true);
    expect(new Set(geography.adjacency.map(({ a, b }) => `${a}|${b}`)).size).toBe(
      geography.adjacency.length,
    );
    for (const { a, b } of geography.adjacency) expect(a < b).toBe(true);
    expect(border(THAMES_VALLEY, SURREY_SUSSEX)).toBe(true); // both took part of Frimley
    expect(border(WEST_NORTH_LONDON, SOUTH_EAST_LONDON)).toBe(false); // the Thames
    expect(border(WEST_NORTH_LONDON, FRIMLEY)).toBe(false); // different vintages never border
  });

  it('derives the attributes of a merged system from its predecessors', () => {
    const westNorth = byCode.get(WEST_NORTH_LONDON);
    expect(westNorth?.population).toBe(3_503_332);
    expect(westNorth?.regionCode).toBe('E40000003');
    expect(westNorth?.areaKm2).toBeCloseTo(371.0 + 235.4, 1);
    // (23.677 * 2,092,982 + 25.805 * 1,410,350) / 3,503,332
    expect(westNorth?.imdScore).toBeCloseTo(24.534, 3);
  });
});

describe('combinePredecessors', () => {
  const icb = (over: Partial<Icb23>): Icb23 => ({
    code: 'X',
    odsCode: 'X',
    name: 'X',
    shortName: 'X',
    regionCode: 'R',
    population: 100,
    centroid: { lon: 0, lat: 50 },
    areaKm2: 100,
    imdScore: 10,
    shareMostDeprived: 0.1,
    ruralShare: 0,
    ...over,
  });

  it('weights deprivation by people and the centroid by area', () => {
    const combined = combinePredecessors([
      {
        icb: icb({ imdScore: 10, areaKm2: 100, centroid: { lon: 0, lat: 50 } }),
        populationShare: 1,
        populationMoved: 300,
      },
      {
        icb: icb({ imdScore: 30, areaKm2: 200, centroid: { lon: 3, lat: 53 } }),
        populationShare: 0.5,
        populationMoved: 100,
      },
    ]);
    expect(combined.imdScore).toBe(15); // (10 * 300 + 30 * 100) / 400
    expect(combined.areaKm2).toBe(200); // 100 + 0.5 * 200
    expect(combined.centroid).toEqual({ lon: 1.5, lat: 51.5 }); // equal areas of 100
  });
});

describe('normaliseShares', () => {
  it.each([
    [[1], [1]],
    [
      [1, 1, 1],
      [0.333334, 0.333333, 0.333333],
    ],
    [
      [174_249, 153_488, 436_606],
      [0.227972, 0.20081, 0.571218],
    ],
  ])('%o -> %o', (moved, expected) => {
    const shares = normaliseShares(moved);
    expect(shares).toEqual(expected);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
});

describe('deriveAdjacency', () => {
  it('links systems whose predecessors border or that share a predecessor', () => {
    const predecessors: Record<string, string[]> = {
      N1: ['A', 'B'],
      N2: ['B'],
      N3: ['C'],
      N4: ['D'],
    };
    const pairs = deriveAdjacency(['N1', 'N2', 'N3', 'N4'], (code) => predecessors[code] ?? [], [
      { a: 'A', b: 'C' },
    ]);
    expect(pairs).toEqual([
      { a: 'N1', b: 'N2' },
      { a: 'N1', b: 'N3' },
    ]);
  });
});
