/**
 * Integer positions for the row tables' fast paths: each accepted system, standard and period has
 * an ordinal (0, 1, 2...), so "did this system exist through this quarter?" and "is this cell a
 * repeat?" become typed-array reads instead of date-string compares and string-keyed maps.
 */
import type { Standard, System } from './feed-schema';
import type { IdRegistry } from './id-registry';
import type { PeriodEntry } from './parse-periods';
import { validityConflict } from './validity-conflict';

export interface AcceptedIds {
  systems: IdRegistry<System>;
  standards: IdRegistry<Standard>;
  periods: IdRegistry<PeriodEntry>;
  /**
   * createValidityGrid of these ids, made once when they are complete: a data mesh judges hundreds
   * of products against one reference, and remaking it per product was a tenth of the load.
   */
  validity?: Uint8Array;
}

/**
 * The ordinal of an accepted id, or -1. Feeds list rows grouped by system and period, so the last
 * answer is kept and a run of equal ids costs one string compare instead of a hash lookup.
 */
export function createOrdinalLookup(registry: IdRegistry<unknown>): (id: string) => number {
  let lastId: string | undefined;
  let lastOrdinal = -1;
  return (id) => {
    if (id === lastId) return lastOrdinal;
    lastId = id;
    lastOrdinal = registry.accepted.get(id)?.ordinal ?? -1;
    return lastOrdinal;
  };
}

/**
 * 1 at `system * periodCount + period` when the system existed for the whole quarter (the same
 * rule as `validityConflict`, which words the message when it did not).
 */
export function createValidityGrid(ids: AcceptedIds): Uint8Array {
  const periods = [...ids.periods.accepted.values()];
  const grid = new Uint8Array(ids.systems.accepted.size * periods.length);
  for (const system of ids.systems.accepted.values()) {
    for (const period of periods) {
      const conflict = validityConflict(system.value, period.value.id, period.value.bounds);
      if (conflict === undefined) grid[system.ordinal * periods.length + period.ordinal] = 1;
    }
  }
  return grid;
}

/** Remembers the first row for each system x standard x period; returns it for a repeat. */
export function createFirstRowIndex(ids: AcceptedIds, rowCount: number) {
  const standards = ids.standards.accepted.size;
  const periods = ids.periods.accepted.size;
  const cells = ids.systems.accepted.size * standards * periods;
  // A flat typed array is far faster than a Map for a million rows; it is used while its size stays
  // in proportion to the feed, and a Map (exact for any size) otherwise.
  if (cells <= 4 * rowCount + 65_536) {
    const firstRow = new Int32Array(cells).fill(-1);
    return (system: number, standard: number, period: number, index: number) => {
      const cell = (system * standards + standard) * periods + period;
      const first = firstRow[cell] ?? -1;
      if (first >= 0) return first;
      firstRow[cell] = index;
      return undefined;
    };
  }
  const firstRow = new Map<string, number>();
  return (system: number, standard: number, period: number, index: number) => {
    const key = `${system},${standard},${period}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, index);
    return first;
  };
}
