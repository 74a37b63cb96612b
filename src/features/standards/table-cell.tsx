import type { ReactNode } from 'react';

/**
 * A cell of the NHS.UK responsive table: on a phone each row stacks into a card and the hidden
 * heading labels each value. The explicit role restores cell semantics that display: block
 * removes in some browsers.
 */
export function TableCell({
  heading,
  numeric,
  children,
}: {
  heading: string;
  numeric?: boolean;
  children: ReactNode;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      <span>{children}</span>
    </td>
  );
}

/** A plain column header, with the numeric alignment where it applies. */
export function ColumnHeader({ children, numeric }: { children: ReactNode; numeric?: boolean }) {
  return (
    <th
      scope="col"
      role="columnheader"
      className={`nhsuk-table__header${numeric ? ' nhsuk-table__header--numeric' : ''}`}
    >
      {children}
    </th>
  );
}

/** The row's header cell, labelled like the other cells when the table stacks on a phone. */
export function RowHeader({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <th scope="row" role="rowheader" className="nhsuk-table__header">
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {children}
    </th>
  );
}
