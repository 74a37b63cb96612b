/**
 * National, regional and per-category summaries of system scores: a population-weighted mean
 * (what the average resident's system looks like) beside the unweighted median and quartiles
 * (what the typical system looks like), so one very large system cannot hide the spread.
 */

export interface AggregateScore {
  /** Population-weighted mean across systems with a score. */
  populationWeighted: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** Systems with a score. */
  count: number;
}

export const EMPTY_AGGREGATE: AggregateScore = {
  populationWeighted: null,
  median: null,
  q1: null,
  q3: null,
  min: null,
  max: null,
  count: 0,
};

/**
 * The p-quantile of ascending values by linear interpolation between order statistics (Hyndman and
 * Fan type 7, the default of R and of spreadsheet PERCENTILE/QUARTILE.INC): it is defined for any
 * count from 1 and gives the middle value for the median.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, n - 1);
  const a = sorted[lower]!;
  return a + (h - lower) * (sorted[upper]! - a);
}

/** Summary of `values` (null = no score, skipped), weighted by `populations` for the mean. */
export function aggregateScores(
  values: readonly (number | null)[],
  populations: readonly number[],
): AggregateScore {
  const present: number[] = [];
  let weighted = 0;
  let population = 0;
  values.forEach((value, index) => {
    if (value === null) return;
    present.push(value);
    const weight = populations[index] ?? 0;
    weighted += weight * value;
    population += weight;
  });
  if (present.length === 0) return { ...EMPTY_AGGREGATE };
  const sorted = Float64Array.from(present).sort();
  return {
    populationWeighted: population > 0 ? weighted / population : null,
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    count: present.length,
  };
}
