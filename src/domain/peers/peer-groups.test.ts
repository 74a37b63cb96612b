import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PEER_COUNT, defaultPeers } from './peer-groups';
import { peerTestSystem as system } from '../../testing/fixtures/domain/peer-test-systems';

const distances = (matches: { code: string; distance: number }[]) =>
  matches.map((m) => [m.code, Number(m.distance.toFixed(9))]);

describe('defaultPeers: hand-computed cases', () => {
  it('uses deprivation alone when population and density do not vary', () => {
    // Same population, no areas: only imd 10, 20, 30, 40 counts (sd √125 = 11.180339887).
    // From A (10): B 10/11.18 = 0.894427191, C 20/11.18 = 1.788854382, D 30/11.18 = 2.683281573.
    const systems = [
      system('D', 1e6, { imdScore: 40 }),
      system('C', 1e6, { imdScore: 30 }),
      system('A', 1e6, { imdScore: 10 }),
      system('B', 1e6, { imdScore: 20 }),
    ];
    expect(distances(defaultPeers(systems, 'A'))).toEqual([
      ['B', 0.894427191],
      ['C', 1.788854382],
      ['D', 2.683281573],
    ]);
  });

  it('standardises log population and deprivation together', () => {
    // Populations 1, 2 and 4 million: ln values evenly spaced by ln 2, so z = -√1.5, 0, +√1.5.
    // Density 100 everywhere: no spread, left out. imd 10, 20, 30: z = -√1.5, 0, +√1.5.
    // A to B: √(1.5 + 1.5) = √3 = 1.732050808; A to C: √(6 + 6) = √12 = 3.464101615.
    const systems = [
      system('A', 1e6, { areaKm2: 1e4, imdScore: 10 }),
      system('B', 2e6, { areaKm2: 2e4, imdScore: 20 }),
      system('C', 4e6, { areaKm2: 4e4, imdScore: 30 }),
    ];
    expect(distances(defaultPeers(systems, 'A'))).toEqual([
      ['B', 1.732050808],
      ['C', 3.464101615],
    ]);
  });

  it('scales a distance on fewer shared figures up to the figures in use', () => {
    // As above but C has no deprivation: imd 10, 20 gives z = -1, +1 (mean 15, sd 5).
    // A to B: population (√1.5)² = 1.5, imd 2² = 4: √5.5 = 2.345207880.
    // A to C: population only, (2√1.5)² = 6, scaled × 2 used / 1 shared: √12 = 3.464101615.
    const systems = [
      system('A', 1e6, { imdScore: 10 }),
      system('B', 2e6, { imdScore: 20 }),
      system('C', 4e6),
    ];
    expect(distances(defaultPeers(systems, 'A'))).toEqual([
      ['B', 2.34520788],
      ['C', 3.464101615],
    ]);
  });

  it('breaks ties by code', () => {
    // B sits at imd 20, midway between 10 and 30: both at the same distance, Z after A.
    const systems = [
      system('Z', 1e6, { imdScore: 30 }),
      system('B', 1e6, { imdScore: 20 }),
      system('A', 1e6, { imdScore: 10 }),
    ];
    expect(defaultPeers(systems, 'B').map((m) => m.code)).toEqual(['A', 'Z']);
  });

  it('keeps the k nearest, six by default, with their raw figures', () => {
    const systems = Array.from({ length: 10 }, (_, i) =>
      system(`S${i}`, 1e6, { areaKm2: 1000, imdScore: i * 5 }),
    );
    expect(DEFAULT_PEER_COUNT).toBe(6);
    expect(defaultPeers(systems, 'S0').map((m) => m.code)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
    ]);
    expect(defaultPeers(systems, 'S0', 2)[0]!.figures).toEqual({
      population: 1e6,
      density: 1000,
      imdScore: 5,
    });
  });

  it.each([
    ['an unknown code', 'X', 6],
    ['k of zero', 'A', 0],
  ])('returns nothing for %s', (_name, code, k) => {
    expect(defaultPeers([system('A', 1e6), system('B', 2e6)], code, k)).toEqual([]);
  });

  it('puts every system at distance 0 when nothing varies, in code order', () => {
    const systems = [system('C', 1e6), system('A', 1e6), system('B', 1e6)];
    expect(distances(defaultPeers(systems, 'C'))).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
  });
});

describe('defaultPeers: invariants', () => {
  const systemsArb = fc
    .uniqueArray(
      fc.record({
        population: fc.integer({ min: 100_000, max: 3_500_000 }),
        area: fc.option(fc.integer({ min: 50, max: 20_000 }), { nil: undefined }),
        imd: fc.option(fc.double({ min: 5, max: 45, noNaN: true }), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 15, selector: (r) => `${r.population}` },
    )
    .map((rows) =>
      rows.map((r, i) =>
        system(`E${String(i).padStart(2, '0')}`, r.population, {
          ...(r.area === undefined ? {} : { areaKm2: r.area }),
          ...(r.imd === undefined ? {} : { imdScore: r.imd }),
        }),
      ),
    );
  const RUNS = { seed: 6, numRuns: 150 };

  it('never includes the system itself, is sorted and has min(k, n - 1) peers', () => {
    fc.assert(
      fc.property(systemsArb, fc.integer({ min: 1, max: 8 }), (systems, k) => {
        const peers = defaultPeers(systems, 'E00', k);
        expect(peers.some((p) => p.code === 'E00')).toBe(false);
        expect(peers).toHaveLength(Math.min(k, systems.length - 1));
        peers
          .slice(1)
          .forEach((p, i) => expect(p.distance).toBeGreaterThanOrEqual(peers[i]!.distance));
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the systems', () => {
    fc.assert(
      fc.property(systemsArb, (systems) => {
        const reversed = [...systems].reverse();
        expect(defaultPeers(reversed, 'E00')).toEqual(defaultPeers(systems, 'E00'));
      }),
      RUNS,
    );
  });

  it('is symmetric: the distance from A to B is the distance from B to A', () => {
    fc.assert(
      fc.property(systemsArb, (systems) => {
        const all = systems.length;
        const there = defaultPeers(systems, 'E00', all).find((p) => p.code === 'E01')!;
        const back = defaultPeers(systems, 'E01', all).find((p) => p.code === 'E00')!;
        expect(there.distance).toBeCloseTo(back.distance, 6);
      }),
      RUNS,
    );
  });

  it('does not change when every population is doubled (only relative size matters)', () => {
    fc.assert(
      fc.property(systemsArb, (systems) => {
        const doubled = systems.map((s) => ({
          ...s,
          population: s.population * 2,
          ...(s.areaKm2 ? { areaKm2: s.areaKm2 * 2 } : {}),
        }));
        const codes = (list: typeof systems) => defaultPeers(list, 'E00').map((p) => p.code);
        const before = defaultPeers(systems, 'E00').map((p) => p.distance);
        const after = defaultPeers(doubled, 'E00').map((p) => p.distance);
        after.forEach((d, i) => expect(d).toBeCloseTo(before[i]!, 6));
        expect(codes(doubled).length).toBe(codes(systems).length);
      }),
      RUNS,
    );
  });
});
