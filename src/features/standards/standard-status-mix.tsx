import { StatusMixChart } from '../../components/charts/status-mix-chart';
import { StatusMixTable } from '../../components/charts/status-mix-table';
import type { StatusMixRow } from '../../domain/tables/standard-detail';
import { statusMixSummary } from '../../domain/tables/standard-summary';

/** The status mix over time: the chart, its one-sentence summary, and the numbers as a table. */
export function StandardStatusMix({
  rows,
  period,
  name,
}: {
  rows: readonly StatusMixRow[];
  period: string;
  name: string;
}) {
  return (
    <section aria-labelledby="standard-status-mix">
      <h2 className="nhsuk-heading-m" id="standard-status-mix">
        Adoption over time
      </h2>
      <StatusMixChart rows={rows} caption={statusMixSummary(rows, period)} />
      <p className="nhsuk-body-s app-muted">
        Each bar counts the systems that reported in that quarter, so its height changes when
        systems stop or start reporting and when ICB boundaries change.
      </p>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the data as a table</span>
        </summary>
        <div className="nhsuk-details__text">
          <StatusMixTable rows={rows} caption={`Systems by adoption status of ${name}`} />
        </div>
      </details>
    </section>
  );
}
