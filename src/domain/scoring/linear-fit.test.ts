import { describe, expect, it } from 'vitest';
import { fitLine } from './linear-fit';

describe('fitLine', () => {
  it('matches a hand-computed fit and interval', () => {
    // x 0..4, y 1 3 2 5 4: mean x 2, mean y 3, Sxy 8, Sxx 10, slope 0.8, intercept 1.4;
    // residuals -0.4 0.8 -1 1.2 -0.6, RSS 3.6, s^2 = 3.6 / 3 = 1.2, se = sqrt(1.2 / 10) = 0.34641;
    // half-width t(3) x se = 3.182 x 0.34641 = 1.10228
    const fit = fitLine([0, 1, 2, 3, 4], [1, 3, 2, 5, 4]);
    expect(fit?.slope).toBeCloseTo(0.8, 10);
    expect(fit?.low).toBeCloseTo(0.8 - 1.10228, 4);
    expect(fit?.high).toBeCloseTo(0.8 + 1.10228, 4);
  });

  it('gives a zero-width interval for points exactly on a line', () => {
    const fit = fitLine([1, 2, 3, 4, 5], [10, 12, 14, 16, 18]);
    expect(fit?.slope).toBeCloseTo(2, 10);
    expect(fit?.low).toBeCloseTo(2, 10);
    expect(fit?.high).toBeCloseTo(2, 10);
  });

  it.each([
    ['fewer than 3 points', [1, 2], [3, 4]],
    ['every x the same', [2, 2, 2], [1, 2, 3]],
    ['mismatched lengths', [1, 2, 3], [1, 2]],
  ])('is null with %s', (_name, xs, ys) => {
    expect(fitLine(xs, ys)).toBeNull();
  });
});
