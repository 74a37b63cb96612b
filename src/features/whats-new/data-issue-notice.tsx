import { useLocation } from 'react-router';
import { AppLink } from '../../components/ui/app-link';
import { dataIssuesForPath } from '../../domain/whats-new/data-issues-for-path';
import { formatIsoDate } from '../../lib/format-date';
import { DATA_ISSUE_ENTRIES } from './data-issue-entries';

/**
 * On a page that a What's new data issue names (by path, or a system's pages by its code), a short
 * notice linking to the entry, so a reader of the figures learns of the issue where they read them.
 */
export function DataIssueNotice() {
  const { pathname } = useLocation();
  const issues = dataIssuesForPath(DATA_ISSUE_ENTRIES, pathname);
  if (issues.length === 0) return null;
  return (
    <div className="nhsuk-inset-text app-data-issue-notice">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {issues.map((issue) => (
        <p key={issue.id}>
          <strong>Known data issue</strong> ({formatIsoDate(issue.date)}):{' '}
          <AppLink to={`/whats-new#${issue.id}`}>{issue.title}</AppLink>
        </p>
      ))}
    </div>
  );
}
