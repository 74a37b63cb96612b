import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import type { FeedIssue } from '../../domain/feed/parse-feed';

/** Rendering more rows than this would slow the page; the CSV download has them all. */
const MAX_SHOWN = 500;

interface Listed {
  index: number;
  issue: FeedIssue;
}

const columns: DataColumn<Listed>[] = [
  {
    key: 'kind',
    header: 'Kind',
    cell: ({ issue }) => (
      <strong
        className={`nhsuk-tag ${issue.severity === 'error' ? 'nhsuk-tag--red' : 'nhsuk-tag--yellow'}`}
      >
        {issue.severity === 'error' ? 'Rejected' : 'Warning'}
      </strong>
    ),
  },
  { key: 'table', header: 'Table', cell: ({ issue }) => issue.table },
  { key: 'where', header: 'Where', cell: ({ issue }) => <code>{issue.path}</code> },
  { key: 'reason', header: 'Reason', cell: ({ issue }) => issue.reason },
];

/**
 * Every problem found in the feed, with where it is and why; feed text is shown as text. It does
 * not sort: only the first MAX_SHOWN are listed, and sorting part of a list would mislead.
 */
export function RejectedRowsTable({ issues }: { issues: readonly FeedIssue[] }) {
  if (issues.length === 0) {
    return <p>No rows were rejected and there are no warnings.</p>;
  }
  const rejected = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - rejected;
  const shown = issues.slice(0, MAX_SHOWN).map((issue, index) => ({ index, issue }));
  const caption =
    `${rejected} rejected ${rejected === 1 ? 'row' : 'rows'} and ${warnings} ` +
    `${warnings === 1 ? 'warning' : 'warnings'}` +
    (issues.length > MAX_SHOWN ? ` (the first ${MAX_SHOWN} are listed; download all)` : '');
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={shown}
      rowKey={({ index, issue }) => `${issue.path}-${index}`}
      sortable={false}
    />
  );
}
