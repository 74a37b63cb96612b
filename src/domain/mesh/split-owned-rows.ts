/**
 * Sets aside the rows a product may not publish (the ownership rule) before the row rules run, and
 * keeps the way back from a kept row's position to its place in the product's file, so every path
 * reported points at the publisher's own row.
 */
import type { FeedIssue } from '../feed/feed-issues';

export interface OwnedRows {
  /** Rows in the list (0 when the list is absent or not a list: the parser reports that). */
  read: number;
  kept: unknown;
  /** One error per refused row, at its own path. */
  refused: FeedIssue[];
  /** The issue with its path moved from the kept list's index to the file's. */
  remap: (issue: FeedIssue) => FeedIssue;
  /** For each kept row, its index in the product's file. */
  fileIndex: readonly number[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Why a row is refused, at a field other than `system` (a standard the product may not speak for). */
export interface RowRefusal {
  field: string;
  reason: string;
}

export type OwnedTable = 'observations' | 'technology' | 'measurements';

export function splitOwnedRows(
  rows: unknown,
  table: OwnedTable,
  problem: (system: string, row: Record<string, unknown>) => string | RowRefusal | null,
): OwnedRows {
  if (!Array.isArray(rows)) {
    return { read: 0, kept: rows, refused: [], remap: (issue) => issue, fileIndex: [] };
  }
  const kept: unknown[] = [];
  const fileIndex: number[] = [];
  const refused: FeedIssue[] = [];
  rows.forEach((row: unknown, index) => {
    // A row with no usable system is left to the row rules, which say what is wrong with it.
    const system = isRecord(row) && typeof row.system === 'string' ? row.system.trim() : null;
    const refusal = system === null || !isRecord(row) ? null : problem(system, row);
    if (refusal === null) {
      kept.push(row);
      fileIndex.push(index);
    } else {
      const { field, reason } =
        typeof refusal === 'string' ? { field: 'system', reason: refusal } : refusal;
      refused.push({ severity: 'error', table, path: `$.${table}[${index}].${field}`, reason });
    }
  });
  const pattern = new RegExp(`^\\$\\.${table}\\[(\\d+)\\]`);
  const remap = (issue: FeedIssue): FeedIssue => {
    const match = pattern.exec(issue.path);
    if (!match) return issue;
    const path = issue.path.replace(pattern, () => `$.${table}[${fileIndex[Number(match[1])]}]`);
    return { ...issue, path };
  };
  return { read: rows.length, kept, refused, remap, fileIndex };
}
