/**
 * The feed checker's report: what a publisher needs to act on, built from the same parser and
 * warnings the app uses. Pure: the clock is passed in. The CLI (scripts/feed-check.ts) prints it
 * as text or as JSON; the keys here are the JSON contract, so keep them stable.
 */
import {
  FEED_TABLES,
  type FeedFatal,
  type FeedIssue,
  type FeedTable,
  type TableCount,
} from './feed-issues';
import { feedFreshness, feedWarnings } from './feed-warnings';
import type { FeedParseResult } from './parse-feed';
import type { Metadata } from './feed-schema';

/** `valid`: usable with warnings at most; `rows-rejected` and `fatal` fail; `unreadable` never parsed. */
export type CheckVerdict = 'valid' | 'rows-rejected' | 'fatal' | 'unreadable';

export const CHECK_EXIT_CODES: Record<CheckVerdict, 0 | 1 | 2> = {
  valid: 0,
  'rows-rejected': 1,
  fatal: 1,
  unreadable: 2,
};

export interface CheckedFeed {
  title: string;
  publisher: string;
  schemaVersion: string;
  generatedAt: string;
  /** Whole days from generatedAt to the check (negative when generatedAt is in the future). */
  ageDays: number;
  illustrative: boolean;
}

export interface CheckedIssue extends FeedIssue {
  /** The path of the whole row the issue is about, such as `$.observations[12]`; null for none. */
  row: string | null;
}

export interface CheckedTable {
  table: FeedTable;
  read: number;
  accepted: number;
  rejected: number;
  /** read === accepted + rejected; false would be a bug in the parser, never in the feed. */
  reconciles: boolean;
}

export interface CheckReport {
  source: string;
  checkedAt: string;
  verdict: CheckVerdict;
  exitCode: 0 | 1 | 2;
  /** Why the input could not be read at all (missing file, not JSON, HTTP or network error). */
  unreadable: string | null;
  fatal: FeedFatal | null;
  feed: CheckedFeed | null;
  rejected: CheckedIssue[];
  warnings: CheckedIssue[];
  counts: CheckedTable[];
  totals: { read: number; accepted: number; rejected: number; rejectedRows: number };
  reconciles: boolean;
}

/** `$.geography.systems[3].population` -> `$.geography.systems[3]`. */
export function rowOf(path: string): string | null {
  const match = /^\$(?:\.[A-Za-z]+)+\[\d+\]/.exec(path);
  return match ? match[0] : null;
}

/**
 * How many rows were rejected, as opposed to how many problems were found: a row can have several
 * (a bad coverage and a bad link). Rows are told apart by path, so app and checker count alike.
 */
export function rejectedRowCount(issues: readonly FeedIssue[]): number {
  const rows = new Set<string>();
  for (const issue of issues) {
    if (issue.severity === 'error') rows.add(rowOf(issue.path) ?? issue.path);
  }
  return rows.size;
}

export const withRow = (issue: FeedIssue): CheckedIssue => ({
  severity: issue.severity,
  table: issue.table,
  path: issue.path,
  reason: issue.reason,
  row: rowOf(issue.path),
});

export function emptyReport(source: string, now: Date): CheckReport {
  return {
    source,
    checkedAt: now.toISOString(),
    verdict: 'valid',
    exitCode: 0,
    unreadable: null,
    fatal: null,
    feed: null,
    rejected: [],
    warnings: [],
    counts: [],
    totals: { read: 0, accepted: 0, rejected: 0, rejectedRows: 0 },
    reconciles: true,
  };
}

/** The report for input that could not be read or was not JSON (exit code 2). */
export function unreadableReport(source: string, reason: string, now: Date): CheckReport {
  return { ...emptyReport(source, now), verdict: 'unreadable', exitCode: 2, unreadable: reason };
}

export function buildCheckReport(result: FeedParseResult, now: Date, source = ''): CheckReport {
  const report = emptyReport(source, now);
  if (!result.ok) return { ...report, verdict: 'fatal', exitCode: 1, fatal: result.fatal };

  const { metadata } = result.feed;
  const warnings = feedWarnings(result.feed, now, result.sourceRows);
  const issues = [...result.issues, ...warnings].map(withRow);
  return {
    ...report,
    ...judgeCheckedRows(FEED_TABLES, result.counts, issues),
    feed: feedSummary(metadata, now),
  };
}

/** The part of a check report that the rows decide. */
type RowsJudgement = Pick<
  CheckReport,
  'verdict' | 'exitCode' | 'rejected' | 'warnings' | 'counts' | 'totals' | 'reconciles'
>;

/**
 * Counts per table, totals, the issues split by severity and the verdict, from what a check found
 * in the rows: one rule for the feed check and the data-product check (src/domain/mesh), so a
 * publisher gets the same verdict and exit code for the same rows either way.
 */
export function judgeCheckedRows<T extends FeedTable>(
  tables: readonly T[],
  tableCounts: Record<T, TableCount>,
  issues: readonly CheckedIssue[],
): RowsJudgement {
  const rejected = issues.filter((issue) => issue.severity === 'error');
  const counts = tables.map((table): CheckedTable => {
    const { read, accepted, rejected: dropped } = tableCounts[table];
    return { table, read, accepted, rejected: dropped, reconciles: read === accepted + dropped };
  });
  const sum = (pick: (t: CheckedTable) => number) => counts.reduce((s, t) => s + pick(t), 0);
  const totals = {
    read: sum((t) => t.read),
    accepted: sum((t) => t.accepted),
    rejected: sum((t) => t.rejected),
    rejectedRows: rejectedRowCount(rejected),
  };
  const verdict: CheckVerdict =
    totals.rejected > 0 || rejected.length > 0 ? 'rows-rejected' : 'valid';
  return {
    verdict,
    exitCode: CHECK_EXIT_CODES[verdict],
    rejected,
    warnings: issues.filter((issue) => issue.severity === 'warning'),
    counts,
    totals,
    reconciles: counts.every((t) => t.reconciles),
  };
}

/** What a check report says about the file it read: shared by the feed and the product checks. */
export function feedSummary(metadata: Metadata, now: Date) {
  return {
    title: metadata.title,
    publisher: metadata.publisher,
    schemaVersion: metadata.schemaVersion,
    generatedAt: metadata.generatedAt,
    ageDays: feedFreshness(metadata.generatedAt, now).ageDays,
    illustrative: metadata.illustrative,
  };
}
