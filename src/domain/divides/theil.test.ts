import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { theilDecomposition, theilT } from './theil';

const item = (value: number, regionCode = 'R1', population = 1) => ({
  value,
  population,
  regionCode,
});

describe('theilT and its decomposition: hand-computed', () => {
  // 10 and 30, equal populations: mean 20; shares 10/40 = 0.25 and 0.75;
  // T = 0.25 ln(10/20) + 0.75 ln(30/20) = -0.1732868 + 0.3040988 = 0.1308120
  const T_10_30 = 0.130812;

  it('is all "between" when each region is one system', () => {
    const split = theilDecomposition([item(10, 'R1'), item(30, 'R2')])!;
    expect(split.total).toBeCloseTo(T_10_30, 6);
    expect(split.between).toBeCloseTo(T_10_30, 6);
    expect(split.within).toBeCloseTo(0, 12);
    expect(split.betweenShare).toBeCloseTo(1, 9);
    expect(split.dominant).toBe('between regions');
  });

  it('is all "within" when both are in one region', () => {
    const split = theilDecomposition([item(10), item(30)])!;
    expect(split).toMatchObject({ between: 0, betweenShare: 0, dominant: 'within regions' });
    expect(split.within).toBeCloseTo(T_10_30, 6);
  });

  it('splits a mixed case exactly', () => {
    // R1 {10, 30}, R2 {20, 20}: both region means 20, so between = 0;
    // within = share of R1 (40/80 = 0.5) x T(R1) 0.130812 = 0.065406 = total
    const split = theilDecomposition([item(10), item(30), item(20, 'R2'), item(20, 'R2')])!;
    expect(split.between).toBeCloseTo(0, 12);
    expect(split.within).toBeCloseTo(0.065406, 6);
    expect(split.total).toBeCloseTo(0.065406, 6);
  });

  it('weights by population', () => {
    // 10 (3 people) and 30 (1): mean (30 + 30) / 4 = 15; income shares 30/60 and 30/60;
    // T = 0.5 ln(10/15) + 0.5 ln(30/15) = -0.2027326 + 0.3465736 = 0.1438410
    expect(theilT([item(10, 'R1', 3), item(30, 'R1', 1)])).toBeCloseTo(0.143841, 6);
  });

  it('lets a zero score add nothing (s ln s -> 0)', () => {
    // 0 and 20: mean 10; shares 0 and 1; T = 1 x ln(20/10) = ln 2
    expect(theilT([item(0), item(20)])).toBeCloseTo(Math.LN2, 12);
  });

  it.each([
    ['equal values', [item(50), item(50, 'R2')], 0],
    ['one system', [item(70)], 0],
  ])('finds no inequality for %s', (_, items, total) => {
    expect(theilDecomposition(items)).toEqual({
      total,
      between: 0,
      within: 0,
      betweenShare: null,
      dominant: 'none',
    });
  });

  it('is undefined when every score is 0 or there are no systems', () => {
    expect(theilDecomposition([item(0), item(0)])).toBeNull();
    expect(theilDecomposition([])).toBeNull();
  });
});

describe('theilDecomposition (properties)', () => {
  const items = fc.array(
    fc.record({
      value: fc.integer({ min: 0, max: 100 }),
      population: fc.integer({ min: 1, max: 3_000_000 }),
      regionCode: fc.constantFrom('R1', 'R2', 'R3'),
    }),
    { minLength: 1, maxLength: 25 },
  );
  it('between + within = total, all >= 0', () => {
    fc.assert(
      fc.property(items, (rows) => {
        const split = theilDecomposition(rows);
        if (split === null) return;
        expect(split.between + split.within).toBeCloseTo(split.total, 9);
        expect(split.total).toBeGreaterThanOrEqual(-1e-12);
        expect(split.within).toBeGreaterThanOrEqual(-1e-12);
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});
