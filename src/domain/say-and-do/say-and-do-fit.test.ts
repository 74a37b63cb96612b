import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSayDo } from './say-and-do-fit';

const pairs = (points: [number, number][]) =>
  points.map(([measured, said], i) => ({ code: `S${i + 1}`, measured, said }));

describe('fitSayDo', () => {
  it('fits said on measured and names the largest residuals on each side', () => {
    // mean x 3, mean y 32; Sxx 10, Sxy 120: slope 12, intercept -4.
    // Predicted 8, 20, 32, 44, 56: residuals +2, 0, -2, -4, +4.
    const fit = fitSayDo(
      pairs([
        [1, 10],
        [2, 20],
        [3, 30],
        [4, 40],
        [5, 60],
      ]),
    );
    expect(fit.line!.slope).toBeCloseTo(12, 10);
    expect(fit.line!.intercept).toBeCloseTo(-4, 10);
    expect(fit.points.map((p) => p.residual)).toEqual([
      expect.closeTo(2, 9),
      expect.closeTo(0, 9),
      expect.closeTo(-2, 9),
      expect.closeTo(-4, 9),
      expect.closeTo(4, 9),
    ]);
    expect(fit.saysMore.map((p) => p.code)).toEqual(['S5', 'S1']);
    expect(fit.doesMore.map((p) => p.code)).toEqual(['S4', 'S3']);
    // Five pairs: too few for a correlation in words.
    expect(fit.correlation).toBeNull();
  });

  it.each([
    ['y = 2x over 10 systems', (x: number) => 2 * x, 1],
    ['y = 100 - x over 10 systems', (x: number) => 100 - x, -1],
  ])('correlation of %s', (_name, f, r) => {
    const points = Array.from({ length: 10 }, (_, i) => [i + 1, f(i + 1)] as [number, number]);
    expect(fitSayDo(pairs(points)).correlation).toBeCloseTo(r, 12);
  });

  it.each([
    ['no pairs', []],
    [
      'four pairs',
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 5],
      ],
    ],
    [
      'one measured value for all',
      [
        [7, 1],
        [7, 2],
        [7, 3],
        [7, 4],
        [7, 5],
      ],
    ],
  ] as [string, [number, number][]][])('no line and nobody named with %s', (_name, points) => {
    const fit = fitSayDo(pairs(points));
    expect(fit.line).toBeNull();
    expect(fit.saysMore).toEqual([]);
    expect(fit.doesMore).toEqual([]);
    expect(fit.points.every((p) => p.residual === null)).toBe(true);
  });

  it('residuals sum to zero, r stays in [-1, 1], and order of pairs does not matter', () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 10, maxLength: 40 }), (points) => {
        const fit = fitSayDo(pairs(points));
        const reversed = fitSayDo(pairs(points).reverse());
        if (fit.line) {
          const total = fit.points.reduce((sum, p) => sum + p.residual!, 0);
          expect(Math.abs(total)).toBeLessThan(1e-6);
          expect(reversed.line!.slope).toBeCloseTo(fit.line.slope, 9);
        }
        if (fit.correlation !== null) {
          expect(Math.abs(fit.correlation)).toBeLessThanOrEqual(1 + 1e-12);
          expect(reversed.correlation!).toBeCloseTo(fit.correlation, 9);
        }
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});
