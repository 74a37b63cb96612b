import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from './round';

const RUNS = { seed: 11, numRuns: 500 };
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const decimals = fc.integer({ min: 0, max: 3 });

describe('roundTo', () => {
  it.each([
    // Binary halves: stored just below the half, meant as the half, so they round up.
    [27.65, 1, 27.7],
    [80.1 - 52.45, 1, 27.7],
    [0.285, 2, 0.29],
    [0.145, 2, 0.15],
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.1 + 0.2, 1, 0.3],
    // Half away from zero, the same on both sides of zero (Math.round(-54.5) is -54).
    [-0.25, 1, -0.3],
    [-0.05, 1, -0.1],
    [54.5, 0, 55],
    [-54.5, 0, -55],
    // Below the half stays down.
    [27.6499, 1, 27.6],
    [54.49, 0, 54],
    [63, 0, 63],
    [1e20, 2, 1e20],
  ])('roundTo(%s, %s) is %s', (value, places, expected) => {
    expect(roundTo(value, places)).toBe(expected);
  });

  it.each([
    [-0.04, 1],
    [-0.049, 1],
    [-0, 2],
    [-0.4, 0],
  ])('never gives minus zero: roundTo(%s, %s) is 0', (value, places) => {
    expect(Object.is(roundTo(value, places), 0)).toBe(true);
  });

  it.each([Number.NaN, Infinity, -Infinity])('gives back the non-finite %s', (value) => {
    expect(roundTo(value, 1)).toBe(value);
  });

  it('is idempotent, symmetric about zero and within half a unit (properties)', () => {
    fc.assert(
      fc.property(finite, decimals, (value, places) => {
        const once = roundTo(value, places);
        expect(roundTo(once, places)).toBe(once);
        expect(roundTo(-value, places)).toBe(-once + 0);
        expect(Math.abs(once - value)).toBeLessThanOrEqual(0.5 * 10 ** -places + 1e-9);
      }),
      RUNS,
    );
  });
});
