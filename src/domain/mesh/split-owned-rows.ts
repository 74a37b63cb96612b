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

/** Every position of a list of `count` rows: the way back when none was set aside. */
function positions(count: number): number[] {
  const all = new Array<number>(count);
  for (let index = 0; index < count; index++) all[index] = index;
  return all;
}

export function splitOwnedRows(
  rows: unknown,
  table: OwnedTable,
  problem: (system: string, row: Record<string, unknown>) => string | RowRefusal | null,
): OwnedRows {
  if (!Array.isArray(rows)) {
    return { read: 0, kept: rows, refused: [], remap: (issue) => issue, fileIndex: [] };
  }
  // Most products publish only their own rows: the list is kept as it is until a row is refused,
  // and only then copied up to that row (a copy per product was most of this function's time).
  let kept: unknown[] | undefined;
  let fileIndex: number[] | undefined;
  const refused: FeedIssue[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row: unknown = rows[index];
    // A row with no usable system is left to the row rules, which say what is wrong with it.
    const refusal =
      isRecord(row) && typeof row.system === 'string' ? problem(row.system.trim(), row) : null;
    if (refusal === null) {
      kept?.push(row);
      fileIndex?.push(index);
      continue;
    }
    kept ??= rows.slice(0, index);
    fileIndex ??= positions(index);
    const { field, reason } =
      typeof refusal === 'string' ? { field: 'system', reason: refusal } : refusal;
    refused.push({ severity: 'error', table, path: `$.${table}[${index}].${field}`, reason });
  }
  if (kept === undefined || fileIndex === undefined) {
    return {
      read: rows.length,
      kept: rows,
      refused,
      remap: (issue) => issue,
      fileIndex: positions(rows.length),
    };
  }
  const wayBack = fileIndex;
  const pattern = new RegExp(`^\\$\\.${table}\\[(\\d+)\\]`);
  const remap = (issue: FeedIssue): FeedIssue => {
    const match = pattern.exec(issue.path);
    if (!match) return issue;
    const path = issue.path.replace(pattern, () => `$.${table}[${wayBack[Number(match[1])]}]`);
    return { ...issue, path };
  };
  return { read: rows.length, kept, refused, remap, fileIndex };
}
