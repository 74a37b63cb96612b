import type { ReactNode } from 'react';
import { SummaryList } from './summary-list';
import type { SummaryRow } from './summary-list';

/**
 * An error shown in place of a page: a plain title, what failed (as a list of facts) and what the
 * reader can do. Never a stack trace.
 */
export function ProblemPanel({
  title,
  details,
  children,
}: {
  title: string;
  details?: SummaryRow[];
  children?: ReactNode;
}) {
  return (
    <div className="nhsuk-error-summary" aria-labelledby="problem-title" role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__title" id="problem-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        {details && details.length > 0 ? <SummaryList rows={details} /> : null}
        {children}
      </div>
    </div>
  );
}
