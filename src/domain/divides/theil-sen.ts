/**
 * Theil-Sen slope: the median of the slopes between every pair of points. Unlike least squares,
 * one odd quarter cannot swing it (it tolerates up to 29% outliers), which matters for a
 * statistic such as the inter-quartile range that can jump when one system crosses a quartile.
 * The 95% confidence interval is Sen's (1968), from the Mann-Kendall variance without the tie
 * correction: ties only shrink that variance, so leaving it out widens the interval (cautious).
 */

export interface TheilSen {
  /** Median pairwise slope: change in y per unit of x. */
  slope: number;
  /** 95% confidence interval; low is null when there are too few points to bound it. */
  low: number | null;
  high: number | null;
  /** Points used. */
  n: number;
}

const Z_95 = 1.959964;

/**
 * The value at 1-based rank `rank` of ascending values, rounded to the nearest rank as R's
 * trend::sens.slope does (with 5 points M1 is 0.9992, which must mean the first slope).
 */
function atRank(sorted: readonly number[], rank: number): number | null {
  const nearest = Math.round(rank);
  if (nearest < 1 || nearest > sorted.length) return null;
  return sorted[nearest - 1]!;
}

function median(sorted: readonly number[]): number {
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
}

/** Null with fewer than 2 points with distinct x. Points with a non-finite y are skipped. */
export function theilSen(points: readonly { x: number; y: number }[]): TheilSen | null {
  const usable = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const slopes: number[] = [];
  usable.forEach((a, i) => {
    for (const b of usable.slice(i + 1)) {
      if (a.x !== b.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  });
  if (slopes.length === 0) return null;
  slopes.sort((a, b) => a - b);
  const n = usable.length;
  const variance = (n * (n - 1) * (2 * n + 5)) / 18;
  const c = Z_95 * Math.sqrt(variance);
  const m1 = (slopes.length - c) / 2;
  const m2 = (slopes.length + c) / 2;
  return {
    slope: median(slopes),
    low: atRank(slopes, m1),
    high: atRank(slopes, m2 + 1),
    n,
  };
}
