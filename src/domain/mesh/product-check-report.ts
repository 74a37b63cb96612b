/**
 * The feed checker's report for a data product checked on its own (`feed:check` on a file with a
 * `product` section and no geography): the same keys, verdicts and exit codes as for a feed, from
 * the mesh's own product check, so a publisher sees what the mesh will accept before publishing.
 */
import { emptyReport, feedSummary, judgeCheckedRows, withRow } from '../feed/check-report';
import type { CheckReport } from '../feed/check-report';
import { PRODUCT_TABLES } from './product-tables';
import type { ProductCheck } from './check-product';

export function buildProductCheckReport(check: ProductCheck, now: Date, source = ''): CheckReport {
  const report = emptyReport(source, now);
  if (!check.ok) return { ...report, verdict: 'fatal', exitCode: 1, fatal: check.fatal };
  return {
    ...report,
    ...judgeCheckedRows(PRODUCT_TABLES, check.counts, check.issues.map(withRow)),
    feed: feedSummary(check.metadata, now),
  };
}
