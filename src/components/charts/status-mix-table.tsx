import { ADOPTION_STATUSES, STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import { formatQuarter } from '../../domain/periods/quarter';
import type { StatusMixRow } from '../../domain/tables/standard-detail';

/** The numbers behind the status-mix chart, one row per quarter: its text alternative. */
export function StatusMixTable({
  rows,
  caption,
}: {
  rows: readonly StatusMixRow[];
  caption: string;
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row" role="row">
          <th scope="col" role="columnheader" className="nhsuk-table__header">
            Quarter
          </th>
          {ADOPTION_STATUSES.map((status) => (
            <th
              key={status}
              scope="col"
              role="columnheader"
              className="nhsuk-table__header nhsuk-table__header--numeric"
            >
              {STATUS_LABELS[status]}
            </th>
          ))}
          <th
            scope="col"
            role="columnheader"
            className="nhsuk-table__header nhsuk-table__header--numeric"
          >
            Reported
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={row.period} className="nhsuk-table__row" role="row">
            <th scope="row" role="rowheader" className="nhsuk-table__header">
              <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                Quarter{' '}
              </span>
              {formatQuarter(row.period)}
            </th>
            {ADOPTION_STATUSES.map((status) => (
              <NumberCell key={status} heading={STATUS_LABELS[status]} value={row[status]} />
            ))}
            <NumberCell heading="Reported" value={row.reported} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NumberCell({ heading, value }: { heading: string; value: number }) {
  return (
    // The explicit role keeps cell semantics when the responsive table stacks on a phone.
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className="nhsuk-table__cell nhsuk-table__cell--numeric">
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {value}
    </td>
  );
}
