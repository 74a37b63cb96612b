/**
 * Runs one table row by row. Every row ends accepted or rejected with at least one error issue, so
 * `accepted + rejected === read` and nothing is dropped silently.
 */
import type { FeedIssue, FeedTable, RowProblem, RowVerdict, TableCount } from './feed-issues';

export interface TableOutcome<T> {
  values: T[];
  /** The publisher's index of each accepted row: `values[i]` is `rows[sources[i]]`. */
  sources: number[];
  issues: FeedIssue[];
  count: TableCount;
}

export type RowJudge<T> = (raw: unknown, index: number) => RowVerdict<T>;

/**
 * An optional shortcut for big tables: the value when the row is plainly acceptable, else
 * undefined, and the judge decides (and words any problem). It saves a verdict object per row.
 */
export type RowShortcut<T> = (raw: unknown, index: number) => T | undefined;

export const rowPath = (base: string, index: number) => `${base}[${index}]`;

export function runTable<T>(
  table: FeedTable,
  basePath: string,
  rows: readonly unknown[],
  judge: RowJudge<T>,
  shortcut?: RowShortcut<T>,
): TableOutcome<T> {
  const values: T[] = [];
  const sources: number[] = [];
  const issues: FeedIssue[] = [];
  for (let index = 0; index < rows.length; index++) {
    const quick = shortcut?.(rows[index], index);
    if (quick !== undefined) {
      values.push(quick);
      sources.push(index);
      continue;
    }
    const verdict = judge(rows[index], index);
    if (verdict.ok) {
      values.push(verdict.value);
      sources.push(index);
      for (const problem of verdict.warnings ?? []) {
        issues.push({ severity: 'warning', table, ...problem });
      }
      continue;
    }
    const problems: RowProblem[] = verdict.problems.length
      ? verdict.problems
      : [{ path: rowPath(basePath, index), reason: 'This row was rejected' }];
    for (const problem of problems) issues.push({ severity: 'error', table, ...problem });
  }
  const read = rows.length;
  return {
    values,
    sources,
    issues,
    count: { read, accepted: values.length, rejected: read - values.length },
  };
}

/** Accepts `value` unless one of the checks found a problem. */
export function verdictOf<T>(value: T, checks: (RowProblem | undefined)[]): RowVerdict<T> {
  const problems = checks.filter((problem) => problem !== undefined);
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

/**
 * Duplicates are judged last, among rows that are otherwise valid: the first valid row with an id
 * wins, and a broken row never blocks a later good one.
 */
export function unlessDuplicate<T>(
  verdict: RowVerdict<T>,
  duplicate: (value: T) => RowProblem | undefined,
): RowVerdict<T> {
  if (!verdict.ok) return verdict;
  const problem = duplicate(verdict.value);
  return problem ? { ok: false, problems: [problem] } : verdict;
}
