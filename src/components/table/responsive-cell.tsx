import type { ReactNode } from 'react';

/**
 * A cell of the NHS.UK responsive table: on a phone each cell shows its column heading beside the
 * value, since the header row is hidden there.
 */
export function ResponsiveCell({
  heading,
  numeric,
  children,
}: {
  heading: string;
  numeric: boolean;
  children: ReactNode;
}) {
  return (
    // The explicit role restores cell semantics that display: block removes in some browsers.
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      <span>{children}</span>
    </td>
  );
}
