import { useMemo } from 'react';
import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import type { Feed } from '../../../domain/feed/feed-schema';
import {
  formatMeasureValue,
  measureLabel,
  statisticsStatusLabel,
} from '../../../domain/measures/measure-format';
import { measuredUse } from '../../../domain/measures/measured-use-model';
import type { MeasuredUse } from '../../../domain/measures/measured-use-model';
import type { MeasureValue } from '../../../domain/measures/measure-values';
import { formatPeriod } from '../../../domain/periods/period';

function seriesColumns(use: MeasuredUse): DataColumn<MeasureValue>[] {
  return [
    { key: 'period', header: 'Period', rowHeader: true, cell: (row) => formatPeriod(row.period) },
    {
      key: 'value',
      header: `Value (${use.measure.unit})`,
      numeric: true,
      cell: (row) => formatMeasureValue(use.measure, row.value),
      csv: (row) => row.value,
    },
  ];
}

function OneMeasure({
  use,
  systemName,
  national,
}: {
  use: MeasuredUse;
  systemName: string;
  national: string;
}) {
  const { measure } = use;
  return (
    <div className="nhsuk-u-margin-bottom-6">
      <h3 className="nhsuk-heading-s">{measureLabel(measure)}</h3>
      {use.period === null ? (
        <p>No value published for {systemName}.</p>
      ) : (
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Latest, {formatPeriod(use.period)}</dt>
            <dd className="nhsuk-summary-list__value">{formatMeasureValue(measure, use.value)}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Rank</dt>
            <dd className="nhsuk-summary-list__value">
              {use.rank} of {use.ranked} systems with a value (1 is the highest)
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{national}</dt>
            <dd className="nhsuk-summary-list__value">
              {formatMeasureValue(measure, use.national)} (from every system’s summed figures)
            </dd>
          </div>
        </dl>
      )}
      <p>
        Source: {measure.publisher},{' '}
        <a href={measure.sourceUrl} rel="noreferrer">
          the publication page
        </a>
        . Status: {statisticsStatusLabel(measure.statisticsStatus)}.
      </p>
      {use.series.length > 0 ? (
        <DataTable
          caption={`${measureLabel(measure)}, ${systemName}, each period`}
          captionSize="s"
          columns={seriesColumns(use)}
          rows={use.series}
          rowKey={(row) => row.period}
          sortable={false}
        />
      ) : null}
    </div>
  );
}

/**
 * Published measures of use for this system. Absent when the feed has none: an empty section
 * would suggest measures exist and are missing.
 */
export function MeasuredUseSection({
  feed,
  systemCode,
  systemName,
  national,
}: {
  feed: Pick<Feed, 'measures' | 'measurements'>;
  systemCode: string;
  systemName: string;
  national: string;
}) {
  const uses = useMemo(() => measuredUse(feed, systemCode), [feed, systemCode]);
  if (uses.length === 0) return null;
  return (
    <section aria-labelledby="profile-measured-use">
      <h2 className="nhsuk-heading-m" id="profile-measured-use">
        Measured use
      </h2>
      <p>
        Published statistics of how services are used, beside the readiness the system reports. They
        do not change its scores.
      </p>
      {uses.map((use) => (
        <OneMeasure key={use.measure.id} use={use} systemName={systemName} national={national} />
      ))}
    </section>
  );
}
