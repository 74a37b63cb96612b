import type { FeedIssue } from '../../domain/feed/parse-feed';
import { TableScroll } from '../../components/ui/table-scroll';

/** Rendering more rows than this would slow the page; the CSV download has them all. */
const MAX_SHOWN = 500;

/** Every problem found in the feed, with where it is and why; feed text is shown as text. */
export function RejectedRowsTable({ issues }: { issues: readonly FeedIssue[] }) {
  if (issues.length === 0) {
    return <p>No rows were rejected and there are no warnings.</p>;
  }
  const rejected = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - rejected;
  const shown = issues.slice(0, MAX_SHOWN);
  return (
    <TableScroll label="Data-quality report">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">
          {rejected} rejected {rejected === 1 ? 'row' : 'rows'} and {warnings}{' '}
          {warnings === 1 ? 'warning' : 'warnings'}
          {issues.length > MAX_SHOWN ? ` (the first ${MAX_SHOWN} are listed; download all)` : ''}
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Table</th>
            <th scope="col">Where</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {shown.map((issue, index) => (
            <tr key={`${issue.path}-${index}`}>
              <td>
                <strong
                  className={`nhsuk-tag ${issue.severity === 'error' ? 'nhsuk-tag--red' : 'nhsuk-tag--yellow'}`}
                >
                  {issue.severity === 'error' ? 'Rejected' : 'Warning'}
                </strong>
              </td>
              <td>{issue.table}</td>
              <td>
                <code>{issue.path}</code>
              </td>
              <td>{issue.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
