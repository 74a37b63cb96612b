import { describe, expect, it } from 'vitest';
import { readReference } from './read-reference';

const ref = readReference();

describe('readReference (the project copies in scripts/reference)', () => {
  it('reads every file with the expected number of rows', () => {
    expect(ref.regions).toHaveLength(7);
    expect(ref.icb23).toHaveLength(42);
    expect(ref.adjacency).toHaveLength(99);
    expect(ref.icb2026).toHaveLength(36);
    expect(ref.standards).toHaveLength(37);
    expect(ref.categories).toHaveLength(9);
    expect(ref.standardCategories).toHaveLength(37);
  });

  it('has deprivation and geometry for every 2023 ICB', () => {
    for (const icb of ref.icb23) {
      expect(icb.imdScore).toBeGreaterThan(0);
      expect(icb.areaKm2).toBeGreaterThan(0);
      expect(icb.centroid.lat).toBeGreaterThan(49);
    }
    expect(ref.icb23.reduce((sum, icb) => sum + icb.population, 0)).toBe(56_490_108);
  });

  it('maps each standard to exactly one known category', () => {
    const categories = new Set(ref.categories.map((c) => c.id));
    const mapped = ref.standardCategories.map((m) => m.standardId).sort();
    expect(mapped).toEqual(ref.standards.map((s) => s.id).sort());
    for (const m of ref.standardCategories) expect(categories.has(m.categoryId)).toBe(true);
  });

  it('gives category weights that sum to 100', () => {
    expect(ref.categories.reduce((sum, c) => sum + c.defaultWeight, 0)).toBe(100);
  });

  it('keeps the 2026 populations equal to the residents moved into them', () => {
    for (const icb of ref.icb2026) {
      const moved = ref.crosswalk.filter((row) => row.to === icb.id);
      expect(moved.reduce((sum, row) => sum + row.populationMoved, 0)).toBe(icb.population);
    }
  });
});
