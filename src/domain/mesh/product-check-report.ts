/**
 * The feed checker's report for a data product checked on its own (`feed:check` on a file with a
 * `product` section and no geography): the same keys, verdicts and exit codes as for a feed, from
 * the mesh's own product check, so a publisher sees what the mesh will accept before publishing.
 */
import {
  CHECK_EXIT_CODES,
  emptyReport,
  feedSummary,
  rejectedRowCount,
  withRow,
} from '../feed/check-report';
import type { CheckReport, CheckVerdict, CheckedTable } from '../feed/check-report';
import { PRODUCT_TABLES } from './product-tables';
import type { ProductCheck } from './check-product';

export function buildProductCheckReport(check: ProductCheck, now: Date, source = ''): CheckReport {
  const report = emptyReport(source, now);
  if (!check.ok) return { ...report, verdict: 'fatal', exitCode: 1, fatal: check.fatal };
  const issues = check.issues.map(withRow);
  const rejected = issues.filter((issue) => issue.severity === 'error');
  const counts: CheckedTable[] = PRODUCT_TABLES.map((table) => {
    const { read, accepted, rejected: dropped } = check.counts[table];
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
  const { metadata } = check;
  return {
    ...report,
    verdict,
    exitCode: CHECK_EXIT_CODES[verdict],
    feed: feedSummary(metadata, now),
    rejected,
    warnings: issues.filter((issue) => issue.severity === 'warning'),
    counts,
    totals,
    reconciles: counts.every((t) => t.reconciles),
  };
}
