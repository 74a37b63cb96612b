import type { Feed } from '../../domain/feed/feed-schema';
import type { HexJson } from '../../domain/geography/hexjson';
import { sameSystems } from '../../domain/measures/measure-geography';
import { formatPeriod } from '../../domain/periods/period';
import { formatQuarter } from '../../domain/periods/quarter';
import { MeasureMapSection } from './measure-map-section';
import type { MeasureViewState } from './use-measure-view';

/**
 * A measure on the national page. Its period may be on another geography than the readiness
 * quarter the reader chose (a month before April 2026 against a later quarter): never mixed
 * silently, so the page says so; a system's profile compares across the change.
 */
export function MeasureView({
  feed,
  layout,
  view,
}: {
  feed: Feed;
  layout: HexJson;
  view: MeasureViewState;
}) {
  const { readiness, geography, period } = view;
  const differs = readiness !== null && !sameSystems(geography, readiness.systems);
  return (
    <>
      {differs ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>Another geography
          </h3>
          <p>
            {formatPeriod(period)} is published on {geography.systems.length} systems (boundaries
            from {geography.since}); the readiness scores of {formatQuarter(readiness.quarter)} are
            on {readiness.systems.length}. The map shows the measure on its own geography; the two
            are not set side by side here.
          </p>
          {view.crosswalked && view.crosswalked.estimated > 0 ? (
            <p>
              Of the {readiness.systems.length} systems of {formatQuarter(readiness.quarter)},{' '}
              {view.crosswalked.own} have a {formatPeriod(period)} value of their own and{' '}
              {view.crosswalked.estimated} can be estimated from their predecessors through the
              crosswalk; each system’s profile shows its line across the change, with the estimates
              marked.
            </p>
          ) : null}
        </div>
      ) : null}
      <MeasureMapSection
        feed={feed}
        layout={layout}
        values={view.values}
        period={period}
        geography={geography}
      />
    </>
  );
}
