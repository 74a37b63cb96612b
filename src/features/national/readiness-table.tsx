import type { ReactNode } from 'react';
import { AppLink } from '../../components/ui/app-link';
import { ComparisonLabel } from '../../components/ui/comparison-label';
import { ScoreValue } from '../../components/ui/score-value';
import { formatRankInterval } from '../../domain/scoring/ranks';
import type { ReadinessRow } from '../../domain/tables/readiness-rows';
import { formatChange } from '../../lib/format-number';

const COLUMNS = [
  'System',
  'Readiness',
  'Rank (90% interval)',
  'Compared with England',
  'Change over the year',
  'Region',
];

/**
 * A cell of the NHS.UK responsive table: on a phone each row stacks into a card and the hidden
 * heading labels each value; the explicit roles keep table semantics when the CSS stacks it.
 */
function Cell({
  heading,
  numeric,
  children,
}: {
  heading: string;
  numeric?: boolean;
  children: ReactNode;
}) {
  return (
    // The explicit role restores cell semantics that display: block removes in some browsers
    // (the NHS.UK responsive table pattern).
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      <span>{children}</span>
    </td>
  );
}

/** Every system with its rank and rank interval, never a bare league table. */
export function ReadinessTable({
  rows,
  caption,
}: {
  rows: readonly ReadinessRow[];
  caption: string;
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row" role="row">
          {COLUMNS.map((column) => (
            <th scope="col" role="columnheader" className="nhsuk-table__header" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={row.code}>
            <th scope="row" role="rowheader" className="nhsuk-table__header">
              <AppLink to={`/systems/${encodeURIComponent(row.code)}`}>{row.name}</AppLink>
            </th>
            <Cell heading="Readiness">
              <ScoreValue
                score={row.score}
                completeness={row.completeness}
                lowConfidence={row.lowConfidence}
              />
            </Cell>
            <Cell heading="Rank (90% interval)">
              {row.interval ? formatRankInterval(row.interval) : (row.rank ?? '–')}
            </Cell>
            <Cell heading="Compared with England">
              <ComparisonLabel comparison={row.vsEngland} />
            </Cell>
            <Cell heading="Change over the year">
              {formatChange(row.trend.changeOverYear)}
              {row.trend.word ? ` (${row.trend.word})` : ''}
            </Cell>
            <Cell heading="Region">{row.region}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
