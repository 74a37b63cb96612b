import type { ReactNode } from 'react';

export interface ProblemDetail {
  term: string;
  value: ReactNode;
}

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
  details?: ProblemDetail[];
  children?: ReactNode;
}) {
  return (
    <div className="nhsuk-error-summary" aria-labelledby="problem-title" role="alert" tabIndex={-1}>
      <h2 className="nhsuk-error-summary__title" id="problem-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        {details && details.length > 0 ? (
          <dl className="nhsuk-summary-list">
            {details.map((detail) => (
              <div className="nhsuk-summary-list__row" key={detail.term}>
                <dt className="nhsuk-summary-list__key">{detail.term}</dt>
                <dd className="nhsuk-summary-list__value">{detail.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {children}
      </div>
    </div>
  );
}
