import { useId } from 'react';
import type { ReactNode } from 'react';
import { AppLink } from '../../../components/ui/app-link';
import { PageHeading } from '../../../components/ui/page-heading';
import { SummaryList } from '../../../components/ui/summary-list';
import type { Feed } from '../../../domain/feed/feed-schema';
import { formatQuarter } from '../../../domain/periods/quarter';
import type { ProfileModel } from '../../../domain/profile/profile-model';
import { formatIsoDate } from '../../../lib/format-date';
import { formatPopulation } from '../../../domain/format/format-number';
import { VintageNote } from '../vintage-note';
import { systemPath } from './profile-format';
import { isSystemValidIn } from '../../../domain/geography/system-validity';

function PeriodNote({ model }: { model: ProfileModel }) {
  const { system, periodNote, period, requestedPeriod } = model;
  if (!periodNote || !period) return null;
  const asked = formatQuarter(requestedPeriod);
  const shown = formatQuarter(period);
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        {periodNote === 'ended' ? 'This system has ended' : 'This system had not yet begun'}
      </h2>
      <p>
        The quarter chosen, {asked}, is {periodNote === 'ended' ? 'after' : 'before'}{' '}
        {system.shortName} {periodNote === 'ended' ? 'ended' : 'began'}, so this profile shows its{' '}
        {periodNote === 'ended' ? 'last' : 'first'} quarter, {shown}.
      </p>
    </div>
  );
}

/** Name, region, the facts of the system, its boundary history and the quarter shown. */
export function ProfileHeader({
  feed,
  model,
  onPeriodChange,
  notice,
}: {
  feed: Feed;
  model: ProfileModel;
  onPeriodChange: (period: string) => void;
  /** What the reader must know before any figure (an unavailable data product), under the name. */
  notice?: ReactNode;
}) {
  const { system } = model;
  const selectId = useId();
  const systems = new Map(feed.geography.systems.map((s) => [s.code, s]));
  // The picker offers the quarters the system existed in and shows the one the page shows: an
  // ended system once showed "July to September 2026" over its last quarter's figures.
  const lived = feed.periods.filter((period) => isSystemValidIn(system, period));
  const options = lived.length > 0 ? lived : feed.periods;
  const shownPeriod = model.period ?? model.requestedPeriod;
  return (
    <>
      <PageHeading title={system.name} caption={model.regionName} />
      {notice}
      <PeriodNote model={model} />
      <VintageNote system={system} systems={systems} crosswalk={feed.geography.crosswalk} />
      <SummaryList
        rows={[
          { key: 'Code', value: `${system.code}${system.codeProvisional ? ' (provisional)' : ''}` },
          ...(system.odsCode ? [{ key: 'ODS code', value: system.odsCode }] : []),
          {
            // The source is the feed's to state: another feed's populations have other sources.
            key: model.place.populationSource
              ? `Population (${model.place.populationSource})`
              : 'Population',
            value: formatPopulation(system.population),
          },
          {
            key: 'In existence',
            value: `From ${formatIsoDate(system.validFrom)}${system.validTo ? ` to ${formatIsoDate(system.validTo)}` : ''}`,
          },
        ]}
      />
      <div className="app-profile-bar">
        <div className="nhsuk-form-group app-profile-bar__period">
          <label className="nhsuk-label" htmlFor={selectId}>
            Quarter
          </label>
          <select
            id={selectId}
            className="nhsuk-select"
            value={shownPeriod}
            onChange={(event) => onPeriodChange(event.target.value)}
          >
            {options.map((period) => (
              <option key={period} value={period}>
                {formatQuarter(period)}
              </option>
            ))}
          </select>
        </div>
        <p className="app-profile-bar__report">
          <AppLink to={`${systemPath(system.code)}/report`}>Board report (printable)</AppLink>
        </p>
      </div>
    </>
  );
}
