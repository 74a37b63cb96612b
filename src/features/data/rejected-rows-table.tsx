import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import { rejectedRowCount } from '../../domain/feed/check-report';
import type { FeedIssue } from '../../domain/feed/parse-feed';
import { formatPopulation } from '../../domain/format/format-number';

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

const counted = (count: number, one: string, many: string) =>
  `${formatPopulation(count)} ${count === 1 ? one : many}`;

/**
 * "1,381 rows rejected (1,402 problems) and 3 warnings": rows are counted as rows and problems as
 * problems, since one row can have several problems and each is listed on its own line.
 */
export function qualityCaption(issues: readonly FeedIssue[]): string {
  const problems = issues.filter((issue) => issue.severity === 'error').length;
  const rows = rejectedRowCount(issues);
  const detail = problems === rows ? '' : ` (${counted(problems, 'problem', 'problems')})`;
  const warnings = counted(issues.length - problems, 'warning', 'warnings');
  return `${counted(rows, 'row', 'rows')} rejected${detail} and ${warnings}`;
}

/**
 * Every problem found in the feed, with where it is and why; feed text is shown as text. It does
 * not sort: only the first MAX_SHOWN are listed, and sorting part of a list would mislead.
 */
export function RejectedRowsTable({ issues }: { issues: readonly FeedIssue[] }) {
  if (issues.length === 0) {
    return <p>No rows were rejected and there are no warnings.</p>;
  }
  const shown = issues.slice(0, MAX_SHOWN).map((issue, index) => ({ index, issue }));
  const caption =
    qualityCaption(issues) +
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
