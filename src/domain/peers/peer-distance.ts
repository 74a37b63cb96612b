/**
 * How alike two systems are, for choosing peers: the distance between them on three standardised
 * figures that shape how hard interoperability is, and that a system cannot change quickly: how
 * many residents it serves, how densely they live and how deprived they are. See
 * docs/peer-groups.md for the reasons behind each choice.
 */
import type { System } from '../feed/feed-schema';
import { tidy } from '../scoring/precision';

/** The raw figures a peer group is chosen on, kept for display. */
export interface PeerFigures {
  population: number;
  /** Residents per km² (population / areaKm2); null when the area is not given. */
  density: number | null;
  /** Population-weighted mean IMD score (higher = more deprived); null when not given. */
  imdScore: number | null;
}

/** Mean and standard deviation of one transformed figure across the candidate systems. */
export interface FeatureScale {
  mean: number;
  sd: number;
}

export const PEER_FEATURE_COUNT = 3;

export function peerFigures(system: System): PeerFigures {
  const area = system.areaKm2;
  return {
    population: system.population,
    density: area !== undefined && area > 0 ? system.population / area : null,
    imdScore: system.imdScore ?? null,
  };
}

/**
 * Population and density are compared on a log scale: they span an order of magnitude or more
 * (a London system is thirty times as dense as a rural one), and being twice as dense should
 * count the same at either end. Deprivation scores are already on an even scale.
 */
export function transformedFigures(figures: PeerFigures): (number | null)[] {
  const logOf = (value: number | null) => (value !== null && value > 0 ? Math.log(value) : null);
  return [logOf(figures.population), logOf(figures.density), figures.imdScore];
}

/**
 * Mean and population standard deviation (divide by n) of each transformed figure across the
 * systems, skipping missing values. null for a figure with fewer than two values or no spread:
 * it tells no system apart, so it is left out of every distance.
 */
export function featureScales(rows: readonly (number | null)[][]): (FeatureScale | null)[] {
  return Array.from({ length: PEER_FEATURE_COUNT }, (_, feature) => {
    const values = rows.flatMap((row) => {
      const value = row[feature];
      return value === null || value === undefined ? [] : [value];
    });
    if (values.length < 2) return null;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    const sd = Math.sqrt(variance);
    return sd > 0 ? { mean, sd } : null;
  });
}

/** z-scores of one system's transformed figures; null where missing or the figure is left out. */
export function standardise(
  row: readonly (number | null)[],
  scales: readonly (FeatureScale | null)[],
): (number | null)[] {
  return scales.map((scale, feature) => {
    const value = row[feature];
    if (scale === null || value === null || value === undefined) return null;
    return (value - scale.mean) / scale.sd;
  });
}

/**
 * Euclidean distance over the figures both systems have, scaled up to all the figures in use
 * (× √(used / shared)) so a system missing one figure is neither nearer nor further on average.
 * null when the two share no figure. Rounded to 9 decimals so equal distances tie exactly.
 */
export function peerDistance(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  used: number,
): number | null {
  let sum = 0;
  let shared = 0;
  a.forEach((za, feature) => {
    const zb = b[feature];
    if (za === null || zb === null || zb === undefined) return;
    sum += (za - zb) ** 2;
    shared += 1;
  });
  if (shared === 0) return null;
  return tidy(Math.sqrt((sum * used) / shared));
}
