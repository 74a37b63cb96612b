import { useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useHexLayout } from '../../api/hex-layout-query';
import { HexMapFigure } from '../../components/maps/hex-map-figure';
import { MapDataTable } from '../../components/maps/map-data-table';
import { buildHexMapModel } from '../../domain/charts/hex-map-model';
import { mapData } from '../../domain/charts/map-model';
import { mapSummary } from '../../domain/charts/map-summary';
import type { Feed, Standard } from '../../domain/feed/feed-schema';
import { formatQuarter } from '../../domain/periods/quarter';
import type { FeedScores } from '../../domain/scoring/score-feed';
import { keepGlobalParams } from '../../lib/global-params';

/** The hex map of one standard's score in each system, and the same values as a table. */
export function StandardMap({
  feed,
  scores,
  standard,
  period,
}: {
  feed: Feed;
  scores: FeedScores;
  standard: Standard;
  period: string;
}) {
  const layout = useHexLayout();
  const tableId = useId();
  const navigate = useNavigate();
  const data = useMemo(
    () => mapData(feed, scores, period, { kind: 'standard', id: standard.id }, {}),
    [feed, scores, period, standard.id],
  );
  const model = useMemo(
    () => buildHexMapModel(layout, feed, period, data, 'score'),
    [layout, feed, period, data],
  );
  const what = `${standard.name} score`;
  const regionNames = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  return (
    <section>
      <HexMapFigure
        title={`${what} by system, ${formatQuarter(period)}`}
        summary={mapSummary(data, feed.geography.regions, what)}
        legendTitle={`${what} (0 to 100)`}
        model={model}
        tableId={tableId}
        onActivate={(code) =>
          void navigate({
            pathname: `/systems/${encodeURIComponent(code)}`,
            search: keepGlobalParams(window.location.search),
          })
        }
      />
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Every system’s {standard.name} score as a table
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <MapDataTable
            id={tableId}
            rows={data}
            caption={`${what} of ${data.length} systems, ${formatQuarter(period)}`}
            valueHeading="Score"
            regionName={(code) => regionNames.get(code) ?? code}
          />
        </div>
      </details>
    </section>
  );
}
