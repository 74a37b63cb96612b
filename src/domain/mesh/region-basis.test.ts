import { describe, expect, it } from 'vitest';
import type { System } from '../feed/feed-schema';
import type { SystemSource } from './merge-mesh';
import { anyRegionShort, regionProductBasis } from './region-basis';

function system(code: string, regionCode: string, validTo: string | null = null): System {
  return {
    code,
    codeProvisional: false,
    name: code,
    shortName: code,
    regionCode,
    population: 1000,
    validFrom: '2022-07-01',
    validTo,
  };
}

const systems = [
  system('A1', 'R1'),
  system('A2', 'R1'),
  system('A3', 'R1'),
  system('B1', 'R2'),
  system('B2', 'R2'),
  // Ended before 2026-Q3: its product does not count there.
  system('B3', 'R2', '2026-03-31'),
  system('C1', 'R3'),
];

const sources = new Map<string, SystemSource>([
  ['A1', { kind: 'product', product: 'p-a1' }],
  // One product owning two systems counts once.
  ['A2', { kind: 'unavailable', product: 'p-a23', reason: 'HTTP 404' }],
  ['A3', { kind: 'unavailable', product: 'p-a23', reason: 'HTTP 404' }],
  ['B1', { kind: 'product', product: 'p-b1' }],
  ['B2', { kind: 'pending', product: 'p-b2' }],
  ['B3', { kind: 'unavailable', product: 'p-b3', reason: 'HTTP 404' }],
  ['C1', { kind: 'unowned' }],
]);

describe('regionProductBasis', () => {
  it('counts each region’s products in the quarter, and the ones that gave data', () => {
    expect(Object.fromEntries(regionProductBasis(sources, systems, '2026-Q3'))).toEqual({
      R1: { loaded: 1, total: 2 },
      R2: { loaded: 1, total: 2 },
    });
  });

  it('counts a system that existed in an earlier quarter', () => {
    expect(regionProductBasis(sources, systems, '2026-Q1').get('R2')).toEqual({
      loaded: 1,
      total: 3,
    });
  });

  it.each([
    ['no regions', new Map(), false],
    ['every product in', new Map([['R1', { loaded: 2, total: 2 }]]), false],
    [
      'one short',
      new Map([
        ['R1', { loaded: 2, total: 2 }],
        ['R2', { loaded: 0, total: 1 }],
      ]),
      true,
    ],
  ])('anyRegionShort with %s', (_name, basis, expected) => {
    expect(anyRegionShort(basis)).toBe(expected);
  });
});
