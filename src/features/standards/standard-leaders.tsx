import { AppLink } from '../../components/ui/app-link';
import { STATUS_LABELS } from '../../domain/adoption/status-counts';
import { formatQuarter } from '../../domain/periods/quarter';
import type { RankedSystem } from '../../domain/tables/standard-detail';
import { formatPercent } from '../../lib/format-number';
import { formatScore } from './format';
import { ColumnHeader, RowHeader, TableCell } from './table-cell';

function RankedTable({ caption, systems }: { caption: string; systems: readonly RankedSystem[] }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row" role="row">
          <ColumnHeader>System</ColumnHeader>
          <ColumnHeader numeric>Score</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          <ColumnHeader numeric>Coverage</ColumnHeader>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {systems.map((system) => (
          <tr className="nhsuk-table__row" role="row" key={system.code}>
            <RowHeader heading="System">
              <AppLink to={`/systems/${encodeURIComponent(system.code)}`}>{system.name}</AppLink>
            </RowHeader>
            <TableCell heading="Score" numeric>
              {formatScore(system.score)}
            </TableCell>
            <TableCell heading="Status">{STATUS_LABELS[system.status]}</TableCell>
            <TableCell heading="Coverage" numeric>
              {system.coverage === null ? 'Not given' : formatPercent(system.coverage)}
            </TableCell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The systems furthest ahead and furthest behind on the standard. */
export function StandardLeaders({
  leaders,
  laggards,
  period,
}: {
  leaders: readonly RankedSystem[];
  laggards: readonly RankedSystem[];
  period: string;
}) {
  return (
    <section aria-labelledby="standard-leaders">
      <h2 className="nhsuk-heading-m" id="standard-leaders">
        Who leads and who lags, {formatQuarter(period)}
      </h2>
      {leaders.length === 0 ? (
        <p>No system reported this standard in {formatQuarter(period)}.</p>
      ) : (
        <>
          <p>
            Systems by standard score, from 0 to 100. Coverage is the share of a system’s
            organisations that are live, where the system gave it.
          </p>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-half">
              <RankedTable caption="Highest scores" systems={leaders} />
            </div>
            {laggards.length > 0 ? (
              <div className="nhsuk-grid-column-one-half">
                <RankedTable caption="Lowest scores, lowest first" systems={laggards} />
              </div>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
