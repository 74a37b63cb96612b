import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureBinOf, measureBins, niceStep } from './measure-bins';

const rate = { kind: 'rate' } as const;
const share = { kind: 'share' } as const;

describe('niceStep', () => {
  it.each([
    [0.3, 0.5],
    [7, 10],
    [12, 20],
    [21, 25],
    [48, 50],
    [0, 1],
  ])('%f -> %f', (raw, expected) => {
    expect(niceStep(raw)).toBeCloseTo(expected, 12);
  });
});

describe('measureBins', () => {
  // Range 180 to 310: 130 / 5 = 26 -> width 50; from floor(180 / 50) x 50 = 150: 150..400.
  it('covers every value with five round classes', () => {
    const bins = measureBins(rate, [180, 250, 310]);
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual([
      [150, 200],
      [200, 250],
      [250, 300],
      [300, 350],
      [350, 400],
    ]);
    expect(bins[0]?.label).toBe('150.0 to under 200.0');
    expect(bins[4]?.label).toBe('350.0 to 400.0');
  });

  // 0.42 to 0.91: 0.49 / 5 = 0.098 -> 0.1; from 0.4: 0.4..0.9 does not hold 0.91, so 0.2 from 0.4.
  it('widens the classes when the rounded start leaves the top out', () => {
    const bins = measureBins(share, [0.42, 0.91]);
    expect(bins.map((bin) => bin.from)).toEqual([0.4, 0.6, 0.8, 1, 1.2]);
    expect(bins[0]?.label).toBe('40.0% to under 60.0%');
  });

  it('has no classes without values', () => {
    expect(measureBins(rate, [])).toEqual([]);
  });

  it.each([
    [150, '150.0 to under 200.0'],
    [199.99, '150.0 to under 200.0'],
    [200, '200.0 to under 250.0'],
    [400, '350.0 to 400.0'],
  ])('puts %f in %s', (value, label) => {
    expect(measureBinOf(measureBins(rate, [180, 310]), value)?.label).toBe(label);
  });

  it('classes no missing value', () => {
    expect(measureBinOf(measureBins(rate, [180, 310]), null)).toBeNull();
  });

  it('puts every value it was built from in a class', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (values) => {
          const bins = measureBins(rate, values);
          return bins.length === 5 && values.every((v) => measureBinOf(bins, v) !== null);
        },
      ),
      { seed: 14 },
    );
  });
});
