/** The feed checker's report as plain text for a publisher at a terminal. */
import type { CheckedIssue, CheckReport } from '../../src/domain/feed/check-report';

const HEADLINES: Record<CheckReport['verdict'], string> = {
  valid: 'VALID: the feed can be published.',
  'rows-rejected': 'ROWS REJECTED: fix the rows below; the app would drop them and use the rest.',
  fatal: 'FATAL: the app cannot use this feed at all.',
  unreadable: 'UNREADABLE: the input could not be read as a JSON feed.',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function issueLines(title: string, issues: CheckedIssue[]): string[] {
  if (issues.length === 0) return [];
  return [
    '',
    `${title} (${issues.length})`,
    ...issues.map(
      (issue) => `  ${issue.table.padEnd(12)} ${issue.path}\n${' '.repeat(15)}${issue.reason}`,
    ),
  ];
}

function countLines(report: CheckReport): string[] {
  if (report.counts.length === 0) return [];
  const row = (name: string, ...cells: (number | string)[]) =>
    `  ${name.padEnd(14)}${cells.map((cell) => String(cell).padStart(10)).join('')}`;
  const { read, accepted, rejected } = report.totals;
  return [
    '',
    row('Counts', 'read', 'accepted', 'rejected').trimStart(),
    ...report.counts.map(
      (t) =>
        `${row(t.table, t.read, t.accepted, t.rejected)}${t.reconciles ? '' : '  <- does not reconcile'}`,
    ),
    row('total', read, accepted, rejected),
    report.reconciles
      ? 'Every table reconciles: read = accepted + rejected.'
      : 'Some tables do not reconcile: this is a bug in the checker, please report it.',
  ];
}

function feedLines(report: CheckReport): string[] {
  const { feed } = report;
  if (!feed) return [];
  const age = feed.ageDays < 0 ? `${-feed.ageDays} days in the future` : `${feed.ageDays} days old`;
  return [
    `Feed:   ${feed.title}`,
    `        published by ${feed.publisher}; schema ${feed.schemaVersion}; generated ${feed.generatedAt} (${age})${feed.illustrative ? '; illustrative' : ''}`,
  ];
}

export function formatReport(report: CheckReport): string {
  const lines = [`Checked ${report.source} at ${report.checkedAt}`, ...feedLines(report), ''];
  lines.push(`Result: ${HEADLINES[report.verdict]}`);
  if (report.unreadable) lines.push('', `Could not read the input: ${report.unreadable}`);
  if (report.fatal) {
    lines.push('', `Fatal error at ${report.fatal.path}`, `  ${report.fatal.reason}`);
    lines.push('  Nothing else was checked: fix this first, then run the checker again.');
  }
  if (report.verdict === 'valid' || report.verdict === 'rows-rejected') {
    lines.push(
      `        ${plural(report.totals.rejectedRows, 'row')} rejected, ${plural(report.warnings.length, 'warning')}.`,
    );
  }
  lines.push(...issueLines('Rejected rows', report.rejected));
  lines.push(...issueLines('Warnings (nothing rejected)', report.warnings));
  lines.push(...countLines(report));
  return `${lines.join('\n')}\n`;
}
