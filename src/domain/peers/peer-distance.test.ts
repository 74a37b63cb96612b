import { describe, expect, it } from 'vitest';
import {
  featureScales,
  peerDistance,
  peerFigures,
  standardise,
  transformedFigures,
} from './peer-distance';
import { peerTestSystem } from '../../testing/fixtures/domain/peer-test-systems';

describe('peerFigures', () => {
  it('derives density from area and keeps missing figures as null', () => {
    // 1,000,000 residents on 2,000 km² = 500 per km².
    expect(peerFigures(peerTestSystem('A', 1_000_000, { areaKm2: 2000, imdScore: 21.5 }))).toEqual({
      population: 1_000_000,
      density: 500,
      imdScore: 21.5,
    });
    expect(peerFigures(peerTestSystem('B', 800_000))).toEqual({
      population: 800_000,
      density: null,
      imdScore: null,
    });
  });
});

describe('transformedFigures', () => {
  it('takes natural logs of population and density, not of deprivation', () => {
    const [pop, density, imd] = transformedFigures({
      population: Math.E ** 2,
      density: Math.E,
      imdScore: 30,
    });
    expect(pop).toBeCloseTo(2, 12);
    expect(density).toBeCloseTo(1, 12);
    expect(imd).toBe(30);
  });
});

describe('featureScales', () => {
  it.each([
    // imd 10, 20, 30, 40: mean 25; squared deviations 225 + 25 + 25 + 225 = 500; /4 = 125; sd = √125.
    [
      [
        [0, null, 10],
        [0, null, 20],
        [0, null, 30],
        [0, null, 40],
      ],
      [null, null, { mean: 25, sd: Math.sqrt(125) }],
    ],
    // One value only, or all equal: no spread, left out.
    [
      [
        [1, 5, 10],
        [1, null, 10],
      ],
      [null, null, null],
    ],
    // 2 and 4: mean 3, sd 1.
    [
      [
        [2, 2, null],
        [4, 4, null],
      ],
      [{ mean: 3, sd: 1 }, { mean: 3, sd: 1 }, null],
    ],
  ])('scales %j as %j', (rows, expected) => {
    expect(featureScales(rows)).toEqual(expected);
  });
});

describe('standardise', () => {
  it('gives z-scores and null where a value is missing or the figure is left out', () => {
    // (5 - 3) / 2 = 1; the second figure is missing; the third is left out.
    expect(standardise([5, null, 7], [{ mean: 3, sd: 2 }, { mean: 0, sd: 1 }, null])).toEqual([
      1,
      null,
      null,
    ]);
  });
});

describe('peerDistance', () => {
  it.each([
    // All three shared: √(3² + 4² + 0²) = 5.
    [[0, 0, 1], [3, 4, 1], 3, 5],
    // Two of three used, both shared: √(1 + 1) = 1.414213562.
    [[0, 0, null], [1, 1, null], 2, 1.414213562],
    // Two used, one shared (difference 2): √(2² × 2 / 1) = √8 = 2.828427125.
    [[0, null, null], [2, 5, null], 2, 2.828427125],
    // Identical: 0.
    [[1, -1, 0.5], [1, -1, 0.5], 3, 0],
  ])('%j to %j with %i figures used is %f', (a, b, used, expected) => {
    expect(peerDistance(a, b, used)).toBeCloseTo(expected, 9);
  });

  it('is null when the two share no figure', () => {
    expect(peerDistance([1, null, null], [null, 2, null], 2)).toBeNull();
  });
});
