import type { StandardRow } from '../tables/standard-rows';

export const HIGHLIGHTED = 5;

/** The standards with the lowest national score, lowest first. */
export function lowestStandards(rows: readonly StandardRow[], count = HIGHLIGHTED): StandardRow[] {
  return rows
    .filter((row) => row.meanScore !== null)
    .sort((a, b) => (a.meanScore ?? 0) - (b.meanScore ?? 0) || a.name.localeCompare(b.name))
    .slice(0, count);
}

/** The standards whose national score moved most over the year, either way, biggest first. */
export function movedMost(rows: readonly StandardRow[], count = HIGHLIGHTED): StandardRow[] {
  return rows
    .filter((row) => row.changeOverYear !== null)
    .sort(
      (a, b) =>
        Math.abs(b.changeOverYear ?? 0) - Math.abs(a.changeOverYear ?? 0) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, count);
}
