import { startTransition, useId, useOptimistic } from 'react';
import { SpineChart } from '../../../components/charts/spine-chart';
import { ChartFrame } from '../../../components/frame/chart-frame';
import { frameTable } from '../../../components/frame/frame-table';
import type { DataColumn } from '../../../components/table/data-table';
import { scoreColumn, textColumn } from '../../../components/table/value-columns';
import type { ProfileModel } from '../../../domain/profile/profile-model';
import { sortSpineRows } from '../../../domain/profile/spine-rows';
import type { SpineOrder, SpineRow } from '../../../domain/profile/spine-rows';
import { formatQuarter } from '../../../domain/periods/quarter';
import { EXPORT_EXCLUDE_ATTRIBUTE } from '../../../lib/export-image';
import type { ExportSource } from '../../../lib/export-source';
import { fileSlug } from '../../../lib/file-name';
import { useUrlParam, useUrlWriter } from '../../../lib/url-state/use-url-param';
import type { FeedPlace } from '../../../domain/feed/feed-place';

const ORDERS: { value: SpineOrder; label: string }[] = [
  { value: 'category', label: 'By category' },
  { value: 'gap-peers', label: 'Furthest behind the peer median first' },
  // The national option names the feed's place where it is drawn.
  { value: 'gap-england', label: 'Furthest behind the national figure first' },
];

function columns(systemName: string, place: FeedPlace): DataColumn<SpineRow>[] {
  return [
    textColumn('standard', 'Standard', (row) => row.name, { rowHeader: true }),
    textColumn('category', 'Category', (row) => row.categoryName),
    scoreColumn('system', systemName, (row) => row.value, 'Not reported'),
    scoreColumn('min', 'Lowest', (row) => row.national.min),
    scoreColumn('q1', 'Lower quartile', (row) => row.national.q1),
    scoreColumn('median', 'Median', (row) => row.national.median),
    scoreColumn('q3', 'Upper quartile', (row) => row.national.q3),
    scoreColumn('max', 'Highest', (row) => row.national.max),
    scoreColumn('england', place.national, (row) => row.england),
    scoreColumn('peers', 'Peer median', (row) => row.peerMedian),
    scoreColumn('gap-peers', 'Gap to peer median', (row) => row.gapToPeers),
    scoreColumn('gap-england', `Gap to ${place.nationalInText}`, (row) => row.gapToEngland),
  ];
}

function summaryOf(model: ProfileModel): string {
  const reported = model.spineRows.filter((row) => row.value !== null);
  const belowQ1 = reported.filter(
    (row) => row.national.q1 !== null && row.value! < row.national.q1,
  );
  const aboveQ3 = reported.filter(
    (row) => row.national.q3 !== null && row.value! > row.national.q3,
  );
  return `${model.system.shortName} reported ${reported.length} of ${model.spineRows.length} standards; on ${belowQ1.length} it is in the lowest quarter of systems and on ${aboveQ3.length} in the highest.`;
}

/** Every standard against the national spread, England and the peer median; sortable by gap. */
export function SpineSection({ model, source }: { model: ProfileModel; source: ExportSource }) {
  const write = useUrlWriter();
  const [order, setShownOrder] = useOptimistic<SpineOrder>(useUrlParam('spine'));
  const name = useId();
  const setOrder = (next: SpineOrder) =>
    startTransition(() => {
      setShownOrder(next);
      write({ spine: next }, { replace: true });
    });
  const rows = sortSpineRows(model.spineRows, order);
  const cols = columns(model.system.shortName, model.place);
  const period = model.period ?? model.requestedPeriod;
  return (
    <ChartFrame
      id="profile-spine"
      title="Every standard against the national range"
      summary={summaryOf(model)}
      subtitle={`Standard scores (0 to 100), ${formatQuarter(period)}`}
      fileName={fileSlug('standards-spine', model.system.shortName, period)}
      source={source}
      {...frameTable({
        caption: `${model.system.shortName}: each standard against the national range`,
        columns: cols,
        rows,
        rowKey: (row) => row.id,
      })}
      about={
        <>
          <p>
            For each standard: the range of the systems that reported it (lowest to highest), the
            middle half of them (lower to upper quartile) and the median; the national value (the
            population-weighted average); the peer median; and this system's own score.
          </p>
          <p>A gap is this system's score minus the reference: negative means behind.</p>
        </>
      }
    >
      <fieldset className="nhsuk-fieldset app-spine-order" {...{ [EXPORT_EXCLUDE_ATTRIBUTE]: '' }}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Order the standards
        </legend>
        <div className="nhsuk-radios nhsuk-radios--small nhsuk-radios--inline">
          {ORDERS.map((option) => (
            <div className="nhsuk-radios__item" key={option.value}>
              <input
                className="nhsuk-radios__input"
                id={`${name}-${option.value}`}
                type="radio"
                name={name}
                checked={order === option.value}
                onChange={() => setOrder(option.value)}
              />
              <label
                className="nhsuk-label nhsuk-radios__label"
                htmlFor={`${name}-${option.value}`}
              >
                {option.value === 'gap-england'
                  ? `Furthest behind ${model.place.nationalInText} first`
                  : option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <SpineChart
        subjectLabel={model.system.shortName}
        nationalLabel={model.place.national}
        showGroups={order === 'category'}
        rows={rows.map((row) => ({
          key: row.id,
          label: row.name,
          group: row.categoryName,
          value: row.value,
          ...row.national,
          england: row.england,
          peerMedian: row.peerMedian,
        }))}
      />
    </ChartFrame>
  );
}
