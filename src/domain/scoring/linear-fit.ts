/**
 * Least-squares straight line through (x, y) points with a 95% confidence interval for the slope:
 * the test behind the trend words.
 */

/** Two-sided 95% points of Student's t, by degrees of freedom (trends use 5-8 points: df 3-6). */
const T_95: Record<number, number> = {
  1: 12.706,
  2: 4.303,
  3: 3.182,
  4: 2.776,
  5: 2.571,
  6: 2.447,
  7: 2.365,
  8: 2.306,
  9: 2.262,
  10: 2.228,
};
/** Beyond the table the normal value is close enough for a trend word. */
const Z_95 = 1.96;

export interface LinearFit {
  /** Change in y per unit of x. */
  slope: number;
  /** 95% confidence interval for the slope. */
  low: number;
  high: number;
}

/** Null with fewer than 3 points or when every x is the same (no slope can be estimated). */
export function fitLine(xs: readonly number[], ys: readonly number[]): LinearFit | null {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return null;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (ys[i]! - meanY);
  });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = xs.reduce((sum, x, i) => sum + (ys[i]! - intercept - slope * x) ** 2, 0);
  const standardError = Math.sqrt(residual / (n - 2) / sxx);
  const halfWidth = (T_95[n - 2] ?? Z_95) * standardError;
  return { slope, low: slope - halfWidth, high: slope + halfWidth };
}
