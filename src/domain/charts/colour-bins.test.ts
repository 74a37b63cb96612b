import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binOf, colourBins, SEQUENTIAL_PALETTE } from './colour-bins';

describe('colourBins', () => {
  it('spans a narrow range with a fine step instead of saturating', () => {
    // 78..92: span 14, raw step 2.8 -> nice step 5, from 75: 75-80-85-90-95 (4 classes needed).
    const bins = colourBins([78, 85, 92]);
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual([
      [75, 80],
      [80, 85],
      [85, 90],
      [90, 95],
    ]);
    expect(bins.map((bin) => bin.colour)).toEqual(SEQUENTIAL_PALETTE.slice(1));
  });

  it('uses wide classes for a wide range', () => {
    // 12..97: span 85, raw 17 -> step 20, from 0: 0-20-40-60-80-100.
    const bins = colourBins([12, 50, 97]);
    expect(bins.map((bin) => bin.label)).toEqual([
      '0 to 20',
      '20 to 40',
      '40 to 60',
      '60 to 80',
      '80 to 100',
    ]);
  });

  it.each([
    ['no values', []],
    ['only nulls', [null, null]],
    ['NaN', [Number.NaN]],
  ])('is empty for %s', (_label, values) => {
    expect(colourBins(values)).toEqual([]);
  });

  it('gives one class when every value is equal', () => {
    expect(colourBins([60, 60]).map((bin) => [bin.from, bin.to])).toEqual([[60, 61]]);
  });

  it('puts every value in exactly one class (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1 }),
        (values) => {
          const bins = colourBins(values);
          for (const value of values) expect(binOf(bins, value)).not.toBeNull();
          expect(bins.length).toBeLessThanOrEqual(5);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('binOf', () => {
  const bins = colourBins([78, 92]);
  it.each([
    [75, '75 to 80'],
    [79.99, '75 to 80'],
    [80, '80 to 85'],
    [92, '90 to 95'],
  ])('%s falls in %s', (value, label) => {
    expect(binOf(bins, value)?.label).toBe(label);
  });
  it.each([null, Number.NaN, 10, 99])('%s falls in no class', (value) => {
    expect(binOf(bins, value)).toBeNull();
  });
});
