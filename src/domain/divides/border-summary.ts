/**
 * What the border scores add up to: the weakest borders, each system's best connection, and the
 * "islands": systems whose every border is weaker than three quarters of all borders.
 * Relative, not absolute, because in early quarters few exchange standards are live anywhere and
 * an absolute bar would make every system an island or none.
 */
import { quantileSorted } from '../scoring/aggregate';
import type { BorderScore } from './border-scores';

/** How many of the weakest borders are named. */
export const WEAKEST_BORDERS = 5;

export interface SystemConnection {
  code: string;
  borders: number;
  /** Highest and mean border score over the system's scored borders. */
  best: number;
  mean: number;
}

export interface BorderSummary {
  /** Borders with a score. */
  scored: number;
  lowerQuartile: number | null;
  median: number | null;
  /** Lowest scores first; ties by codes. */
  weakest: BorderScore[];
  /** Systems whose best border scores below the lower quartile of all border scores. */
  islands: SystemConnection[];
  /** Borders where both sides report the same shared care record platform. */
  samePlatform: number;
  /** Borders where both sides report a platform. */
  platformKnown: number;
}

function byScore(a: BorderScore, b: BorderScore): number {
  const diff = (a.score ?? Infinity) - (b.score ?? Infinity);
  if (diff !== 0 && !Number.isNaN(diff)) return diff;
  return `${a.a}|${a.b}` < `${b.a}|${b.b}` ? -1 : 1;
}

/** Every system with at least one scored border, by code. */
export function connections(borders: readonly BorderScore[]): SystemConnection[] {
  const scores = new Map<string, number[]>();
  for (const border of borders) {
    if (border.score === null) continue;
    for (const code of [border.a, border.b]) {
      scores.set(code, [...(scores.get(code) ?? []), border.score]);
    }
  }
  return [...scores]
    .map(([code, list]) => ({
      code,
      borders: list.length,
      best: Math.max(...list),
      mean: list.reduce((a, b) => a + b, 0) / list.length,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

export function borderSummary(borders: readonly BorderScore[]): BorderSummary {
  const scored = borders.filter((b) => b.score !== null);
  const sorted = Float64Array.from(scored, (b) => b.score ?? 0).sort();
  const lowerQuartile = quantileSorted(sorted, 0.25);
  const known = borders.filter((b) => b.platforms.same !== null);
  return {
    scored: scored.length,
    lowerQuartile,
    median: quantileSorted(sorted, 0.5),
    weakest: [...scored].sort(byScore).slice(0, WEAKEST_BORDERS),
    islands:
      lowerQuartile === null
        ? []
        : connections(scored).filter((system) => system.best < lowerQuartile),
    samePlatform: known.filter((b) => b.platforms.same === true).length,
    platformKnown: known.length,
  };
}
