import { describe, expect, it } from 'vitest';
import type { System } from '../feed/feed-schema';
import { peerBasis, peerChoiceText } from './peer-basis';

const system = (code: string, population: number, extra: Partial<System> = {}): System => ({
  code,
  codeProvisional: false,
  name: code,
  shortName: code,
  regionCode: 'R',
  population,
  validFrom: '2020-01-01',
  validTo: null,
  ...extra,
});

describe('peerBasis', () => {
  it.each([
    ['population only', [system('A', 100), system('B', 200)], ['population']],
    [
      'all three figures',
      [
        system('A', 100, { areaKm2: 10, imdScore: 20 }),
        system('B', 200, { areaKm2: 5, imdScore: 30 }),
      ],
      ['population', 'population density', 'deprivation'],
    ],
    // Density 100/10 = 200/20 = 10 for both: no spread, so it tells no one apart.
    [
      'density with no spread is left out',
      [system('A', 100, { areaKm2: 10 }), system('B', 200, { areaKm2: 20 })],
      ['population'],
    ],
    ['one system: nothing differs', [system('A', 100, { imdScore: 5 })], []],
    ['no systems', [], []],
  ] as const)('%s', (_name, systems, expected) => {
    expect(peerBasis(systems)).toEqual(expected);
  });
});

describe('peerChoiceText', () => {
  it.each([
    [
      { count: 6, isDefault: true, basis: ['population'] as const },
      'Peers: the 6 systems most like it on population (the default group).',
    ],
    [
      {
        count: 6,
        isDefault: true,
        basis: ['population', 'population density', 'deprivation'] as const,
      },
      'Peers: the 6 systems most like it on population, population density and deprivation (the default group).',
    ],
    [
      { count: 2, isDefault: false, basis: ['population'] as const },
      'Peers: 2 systems chosen by the reader, not the default group.',
    ],
    [
      { count: 1, isDefault: false, basis: [] as const },
      'Peers: 1 system chosen by the reader, not the default group.',
    ],
    [
      { count: 0, isDefault: false, basis: ['population'] as const },
      'Peers: none. The reader removed every peer, so there is no peer comparison.',
    ],
    [
      { count: 0, isDefault: true, basis: [] as const },
      'Peers: none. The feed gives no figure that tells systems apart, so there is no peer comparison.',
    ],
    [
      { count: 0, isDefault: true, basis: ['population'] as const },
      'Peers: none. No other system could be matched, so there is no peer comparison.',
    ],
  ])('%o', (input, expected) => {
    expect(peerChoiceText(input)).toBe(expected);
  });
});
