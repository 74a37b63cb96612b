import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32';

function take(seed: number, count: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => next());
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(42, 20)).toEqual(take(42, 20));
  });

  it('gives a different sequence for a different seed', () => {
    expect(take(42, 5)).not.toEqual(take(43, 5));
  });

  it('matches the reference implementation for seed 1', () => {
    // Values from the widely published JavaScript original (seed 1), rounded to 9 places.
    expect(take(1, 3).map((x) => Number(x.toFixed(9)))).toEqual([
      0.627073941, 0.002735721, 0.52744704,
    ]);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const values = take(7, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
    const lowerHalf = values.filter((x) => x < 0.5).length;
    expect(lowerHalf / values.length).toBeCloseTo(0.5, 1);
  });

  it('treats seeds as unsigned 32-bit integers', () => {
    expect(take(-1, 3)).toEqual(take(2 ** 32 - 1, 3));
  });
});
