import type { FeedIssue } from '../../domain/feed/parse-feed';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { RejectedRowsTable } from './rejected-rows-table';

/** The rejected rows and warnings, with a CSV download of exactly what the table lists. */
export function QualityReport({
  issues,
  generatedAt,
}: {
  issues: readonly FeedIssue[];
  generatedAt: string;
}) {
  const download = () => {
    const csv = toCsv(
      ['kind', 'table', 'path', 'reason'],
      issues.map((issue) => [
        issue.severity === 'error' ? 'rejected' : 'warning',
        issue.table,
        issue.path,
        issue.reason,
      ]),
    );
    downloadText(`data-quality-${generatedAt.slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8');
  };
  return (
    <>
      <RejectedRowsTable issues={issues} />
      {issues.length > 0 ? (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={download}>
          Download the data-quality report (CSV)
        </button>
      ) : null}
    </>
  );
}
