import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_DISPERSION, dispersionOf } from './dispersion';

const equal = (values: number[]) => values.map((value) => ({ value, population: 1 }));

describe('dispersionOf: hand-computed', () => {
  it('four systems 10, 20, 30, 40 of equal size', () => {
    const d = dispersionOf(equal([40, 10, 30, 20]));
    // type 7 quartiles: q1 at h = 3 x 0.25 = 0.75 -> 10 + 0.75 x 10 = 17.5;
    // q3 at h = 2.25 -> 30 + 0.25 x 10 = 32.5; IQR 15; median 25
    expect(d).toMatchObject({ count: 4, min: 10, max: 40, range: 30, median: 25 });
    expect(d.lowerQuartile).toBeCloseTo(17.5, 12);
    expect(d.upperQuartile).toBeCloseTo(32.5, 12);
    expect(d.iqr).toBeCloseTo(15, 12);
    // Gini: |differences| of the 6 pairs 10+20+30+10+20+10 = 100, both orders 200;
    // 200 / (2 x 4^2 x 25) = 0.25
    expect(d.gini).toBeCloseTo(0.25, 12);
    // CV: deviations -15, -5, 5, 15; variance (225+25+25+225)/4 = 125; sqrt(125)/25 = 0.4472136
    expect(d.cv).toBeCloseTo(0.4472136, 6);
  });

  it('weights the Gini by population but not the quartiles or the CV', () => {
    // 0 (3 million) and 100 (1 million): weighted mean 25;
    // Gini 2 x 3 x 1 x 100 / (2 x 4^2 x 25) = 600 / 800 = 0.75
    const d = dispersionOf([
      { value: 0, population: 3 },
      { value: 100, population: 1 },
    ]);
    expect(d.gini).toBeCloseTo(0.75, 12);
    // type 7 with 2 values: q1 = 0 + 0.25 x 100 = 25, q3 = 75; CV: mean 50, sd 50 -> 1
    expect([d.lowerQuartile, d.upperQuartile, d.iqr, d.cv]).toEqual([25, 75, 50, 1]);
  });

  it.each([
    ['equal values', [50, 50, 50], { range: 0, iqr: 0, gini: 0, cv: 0 }],
    ['one system', [42], { range: 0, iqr: 0, gini: 0, cv: 0, median: 42 }],
    ['ties', [10, 10, 30, 30], { range: 20, iqr: 20, median: 20 }],
    // every value 0: no readiness at all, so inequality relative to the mean is undefined
    ['zeros', [0, 0], { range: 0, iqr: 0, gini: null, cv: null }],
  ])('%s', (_, values, expected) => {
    expect(dispersionOf(equal(values))).toMatchObject(expected);
  });

  it('gives a zero-population system no weight in the Gini', () => {
    const d = dispersionOf([
      { value: 10, population: 0 },
      { value: 30, population: 1 },
    ]);
    expect(d.gini).toBe(0);
    expect(d.range).toBe(20);
  });

  it('is empty for no systems', () => {
    expect(dispersionOf([])).toEqual(EMPTY_DISPERSION);
  });
});

const values = fc.array(
  fc.record({
    // Scores are kept to 9 decimal places (tidy), so thousandths are a fair sample of them.
    value: fc.integer({ min: 0, max: 100_000 }).map((v) => v / 1000),
    population: fc.integer({ min: 1, max: 3_000_000 }),
  }),
  { minLength: 1, maxLength: 30 },
);

describe('dispersionOf (properties)', () => {
  it('Gini in 0-1, IQR within the range, order-free, scale-free in Gini and CV', () => {
    fc.assert(
      fc.property(values, fc.double({ min: 0.5, max: 2, noNaN: true }), (rows, k) => {
        const d = dispersionOf(rows);
        if (d.gini !== null) expect(d.gini).toBeGreaterThanOrEqual(-1e-12);
        if (d.gini !== null) expect(d.gini).toBeLessThan(1);
        expect(d.iqr!).toBeLessThanOrEqual(d.range! + 1e-9);
        expect(d.iqr!).toBeGreaterThanOrEqual(0);
        const reversed = dispersionOf([...rows].reverse());
        expect(reversed.iqr).toBeCloseTo(d.iqr!, 9);
        expect(reversed.gini ?? 0).toBeCloseTo(d.gini ?? 0, 9);
        const scaled = dispersionOf(rows.map((r) => ({ ...r, value: r.value * k })));
        expect(scaled.gini ?? 0).toBeCloseTo(d.gini ?? 0, 9);
        expect(scaled.cv ?? 0).toBeCloseTo(d.cv ?? 0, 9);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
