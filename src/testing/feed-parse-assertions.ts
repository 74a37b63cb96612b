/** Shared assertions for the parser's tests: counts reconcile and every rejection is explained. */
import { expect } from 'vitest';
import { FEED_TABLES } from '../domain/feed/feed-issues';
import type { FeedTable, TableCount } from '../domain/feed/feed-issues';
import { parseFeed } from '../domain/feed/parse-feed';
import type { FeedParseResult } from '../domain/feed/parse-feed';
import { editFeed } from './fixtures/feeds/edit-feed';
import type { FeedEdit } from './fixtures/feeds/edit-feed';
import { minimalFeed } from './fixtures/feeds/minimal-feed';

export type ParsedFeed = Extract<FeedParseResult, { ok: true }>;

export function expectParsed(result: FeedParseResult): ParsedFeed {
  if (!result.ok) throw new Error(`expected a usable feed, got fatal: ${result.fatal.reason}`);
  return result;
}

const ROW_PATH = /^\$\.(?:geography\.)?([a-z]+)\[(\d+)\]/;

/** Table -> indices of rows that have at least one error issue. */
export function rowsWithErrors(result: ParsedFeed): Map<FeedTable, Set<number>> {
  const rows = new Map<FeedTable, Set<number>>(FEED_TABLES.map((table) => [table, new Set()]));
  for (const issue of result.issues) {
    if (issue.severity !== 'error' || issue.table === 'metadata') continue;
    const match = ROW_PATH.exec(issue.path);
    if (match?.[1] !== issue.table)
      throw new Error(`issue path ${issue.path} is not in ${issue.table}`);
    rows.get(issue.table)?.add(Number(match[2]));
  }
  return rows;
}

function acceptedRows(result: ParsedFeed, table: FeedTable): unknown[] {
  const { feed } = result;
  const byTable: Record<FeedTable, unknown[]> = {
    ...feed.geography,
    categories: feed.categories,
    standards: feed.standards,
    periods: feed.periods,
    observations: feed.observations,
    technology: feed.technology,
    measures: feed.measures,
    measurements: feed.measurements,
  };
  return byTable[table];
}

/** accepted + rejected = read, accepted rows are in the feed, and each rejected row has a reason. */
export function expectCountsReconcile(result: ParsedFeed): void {
  const explained = rowsWithErrors(result);
  for (const table of FEED_TABLES) {
    const count = result.counts[table];
    expect(count.accepted + count.rejected, table).toBe(count.read);
    expect(acceptedRows(result, table).length, table).toBe(count.accepted);
    expect(explained.get(table)?.size, table).toBe(count.rejected);
  }
}

/** One planted fault and exactly what the parser must say about it. */
export interface RejectionCase {
  name: string;
  edits: FeedEdit[];
  table: FeedTable;
  /** Every error issue, in order: [path, a substring of the reason]. */
  issues: [string, string][];
  count: TableCount;
}

/** Plants the case's fault in minimalFeed and checks the issues, the table's count and the rest. */
export function expectRejection({ edits, table, issues, count }: RejectionCase): void {
  const result = expectParsed(parseFeed(editFeed(minimalFeed, ...edits)));
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  expect(errors.map((issue) => [issue.path, issue.table])).toEqual(
    issues.map(([path]) => [path, table]),
  );
  errors.forEach((issue, i) => expect(issue.reason).toContain(issues[i]?.[1]));
  expect(result.counts[table]).toEqual(count);
  expectCountsReconcile(result);
}
