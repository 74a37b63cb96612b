import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, random } from './prng';

describe('prng', () => {
  it('gives the same sequence for the same seed and keys', () => {
    const a = random('seed', 'x', 1);
    const b = random('seed', 'x', 1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('gives different sequences for different keys or seeds', () => {
    expect(random('seed', 'x').next()).not.toBe(random('seed', 'y').next());
    expect(random('seed-1', 'x').next()).not.toBe(random('seed-2', 'x').next());
  });

  it('keeps the known first values (a change here changes every sample feed)', () => {
    expect(hashString('')).toBe(1382371643);
    expect(hashString('abc')).toBe(1615885684);
    expect(mulberry32(1)()).toBeCloseTo(0.6270739405881613, 12);
  });

  it('draws floats in [0, 1), integers in range and roughly standard normals', () => {
    const rnd = random('stats');
    const floats = Array.from({ length: 5000 }, () => rnd.next());
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    const ints = new Set(Array.from({ length: 500 }, () => rnd.int(2, 4)));
    expect([...ints].sort()).toEqual([2, 3, 4]);
    const normals = Array.from({ length: 5000 }, () => rnd.normal());
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((s, x) => s + (x - mean) ** 2, 0) / normals.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(sd).toBeGreaterThan(0.95);
    expect(sd).toBeLessThan(1.05);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => random('s').pick([])).toThrow(/non-empty/);
  });
});
