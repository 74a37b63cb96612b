/**
 * Observations indexed once into one typed array per period (systems x standards of standard
 * scores, NaN = not reported). Everything after this reads by position, which is what keeps
 * scoring a million-row feed linear and cheap.
 */
import type { Feed } from '../feed/feed-schema';
import { standardScore } from './standard-score';

export interface ScoreMatrices {
  /** Position of each system in feed.geography.systems: its row in every matrix. */
  systemIndex: Map<string, number>;
  standardCount: number;
  /** One per requested period, in the same order; NaN where nothing was reported. */
  byPeriod: Float64Array[];
}

function indexOf<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  return new Map(items.map((item, index) => [key(item), index]));
}

/**
 * One pass over the observations. Feeds list rows grouped by system and standard, so the last id
 * seen is remembered and the maps are only consulted when it changes.
 */
export function buildScoreMatrices(feed: Feed, periods: readonly string[]): ScoreMatrices {
  const systemIndex = indexOf(feed.geography.systems, (s) => s.code);
  const standardIndex = indexOf(feed.standards, (s) => s.id);
  const periodIndex = indexOf(periods, (p) => p);
  const standardCount = feed.standards.length;
  const size = feed.geography.systems.length * standardCount;
  const byPeriod = periods.map(() => new Float64Array(size).fill(Number.NaN));
  let lastSystem = '';
  let lastStandard = '';
  let lastPeriod = '';
  let row = -1;
  let column = -1;
  let matrix: Float64Array | undefined;
  for (const observation of feed.observations) {
    if (observation.system !== lastSystem) {
      lastSystem = observation.system;
      row = systemIndex.get(lastSystem) ?? -1;
    }
    if (observation.standard !== lastStandard) {
      lastStandard = observation.standard;
      column = standardIndex.get(lastStandard) ?? -1;
    }
    if (observation.period !== lastPeriod) {
      lastPeriod = observation.period;
      const p = periodIndex.get(lastPeriod);
      matrix = p === undefined ? undefined : byPeriod[p];
    }
    if (row < 0 || column < 0 || matrix === undefined) continue;
    const cell = row * standardCount + column;
    const score = standardScore(observation.status, observation.coverage);
    // The parser keeps one row per system, standard and period; should a duplicate reach here,
    // keeping the higher score makes the result independent of row order.
    if (!((matrix[cell] ?? Number.NaN) >= score)) matrix[cell] = score;
  }
  return { systemIndex, standardCount, byPeriod };
}
