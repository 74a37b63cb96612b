/**
 * Several editions of one monthly publication read at once: each repeats earlier months, and a
 * later edition may revise them. The later edition wins (editions are ordered by the latest month
 * they hold) and every changed figure is reported as a revision.
 */
export interface Edition<T> {
  label: string;
  /** Latest month the edition holds ("2025-08"): the order of precedence. */
  latest: string;
  rows: readonly T[];
}

export interface Revision<T> {
  key: string;
  from: T;
  to: T;
  edition: string;
}

export function mergeEditions<T>(
  editions: readonly Edition<T>[],
  keyOf: (row: T) => string,
  same: (a: T, b: T) => boolean,
): { rows: T[]; revisions: Revision<T>[]; duplicates: string[] } {
  const ordered = [...editions].sort((a, b) => a.latest.localeCompare(b.latest));
  const merged = new Map<string, T>();
  const revisions: Revision<T>[] = [];
  const duplicates: string[] = [];
  for (const edition of ordered) {
    const seen = new Set<string>();
    for (const row of edition.rows) {
      const key = keyOf(row);
      if (seen.has(key)) {
        duplicates.push(`${edition.label}: ${key} appears twice; the first row is kept`);
        continue;
      }
      seen.add(key);
      const before = merged.get(key);
      if (before !== undefined && !same(before, row)) {
        revisions.push({ key, from: before, to: row, edition: edition.label });
      }
      merged.set(key, row);
    }
  }
  return { rows: [...merged.values()], revisions, duplicates };
}
