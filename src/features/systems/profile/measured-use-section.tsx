import { useMemo } from 'react';
import type { Feed, System } from '../../../domain/feed/feed-schema';
import {
  formatMeasureValue,
  measureLabel,
  statisticsStatusLabel,
} from '../../../domain/measures/measure-format';
import { measuredUse } from '../../../domain/measures/measured-use-model';
import type { MeasuredUse } from '../../../domain/measures/measured-use-model';
import { formatPeriod } from '../../../domain/periods/period';
import { MeasureTrendFrame } from './measure-trend-frame';
import { useMeasureTrend } from './use-measure-trend';

type MeasuredFeed = Pick<Feed, 'measures' | 'measurements' | 'geography' | 'metadata'>;

function OneMeasure({
  feed,
  use,
  system,
  national,
}: {
  feed: MeasuredFeed;
  use: MeasuredUse;
  system: System;
  national: string;
}) {
  const { measure } = use;
  const systemName = system.shortName;
  const trend = useMeasureTrend(feed, measure, system, national);
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
      {trend ? (
        <MeasureTrendFrame
          feed={feed}
          measure={measure}
          system={system}
          national={national}
          trend={trend}
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
  system,
  national,
}: {
  feed: MeasuredFeed;
  system: System;
  national: string;
}) {
  const uses = useMemo(() => measuredUse(feed, system.code), [feed, system.code]);
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
        <OneMeasure
          key={use.measure.id}
          feed={feed}
          use={use}
          system={system}
          national={national}
        />
      ))}
    </section>
  );
}
