/**
 * How far apart systems are on one measure, four ways: the range (the whole spread, sensitive to
 * one outlier), the inter-quartile range (the gap between the top and bottom quarter, robust),
 * the population-weighted Gini coefficient (inequality as residents experience it) and the
 * coefficient of variation (spread relative to the level, so early and late years compare).
 */
import { quantileSorted } from '../scoring/aggregate';

export interface WeightedValue {
  value: number;
  /** Residents; the weight in the Gini coefficient. */
  population: number;
}

export interface Dispersion {
  /** Systems with a value. */
  count: number;
  min: number | null;
  max: number | null;
  /** max - min. */
  range: number | null;
  lowerQuartile: number | null;
  median: number | null;
  upperQuartile: number | null;
  /** upperQuartile - lowerQuartile (type 7 quartiles, as everywhere in the app). */
  iqr: number | null;
  /** Population-weighted Gini coefficient, 0 (all equal) to 1; null when the mean is 0. */
  gini: number | null;
  /** Unweighted standard deviation (divisor n) / unweighted mean; null when the mean is 0. */
  cv: number | null;
}

export const EMPTY_DISPERSION: Dispersion = {
  count: 0,
  min: null,
  max: null,
  range: null,
  lowerQuartile: null,
  median: null,
  upperQuartile: null,
  iqr: null,
  gini: null,
  cv: null,
};

/**
 * Gini = sum_i sum_j p_i p_j |y_i - y_j| / (2 P^2 mu), mu the population-weighted mean. Systems
 * with no residents carry no weight. O(n^2), fine for tens of systems.
 */
export function populationWeightedGini(values: readonly WeightedValue[]): number | null {
  let population = 0;
  let total = 0;
  for (const { value, population: p } of values) {
    population += p;
    total += p * value;
  }
  if (population <= 0 || total === 0) return null;
  let sum = 0;
  for (const a of values) {
    for (const b of values) sum += a.population * b.population * Math.abs(a.value - b.value);
  }
  // 2 P^2 mu written as 2 P (sum p y), which needs no division before the last step.
  return sum / (2 * population * total);
}

/** Standard deviation with divisor n (the systems are the whole population, not a sample). */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (mean === 0) return null;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n;
  return Math.sqrt(variance) / mean;
}

export function dispersionOf(values: readonly WeightedValue[]): Dispersion {
  if (values.length === 0) return { ...EMPTY_DISPERSION };
  const sorted = Float64Array.from(values, (v) => v.value).sort();
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const lowerQuartile = quantileSorted(sorted, 0.25);
  const upperQuartile = quantileSorted(sorted, 0.75);
  return {
    count: sorted.length,
    min,
    max,
    range: max - min,
    lowerQuartile,
    median: quantileSorted(sorted, 0.5),
    upperQuartile,
    iqr: lowerQuartile === null || upperQuartile === null ? null : upperQuartile - lowerQuartile,
    gini: populationWeightedGini(values),
    cv: coefficientOfVariation([...sorted]),
  };
}
