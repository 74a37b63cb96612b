import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHexLayout } from '../../api/hex-layout-query';
import { MapFrame } from '../../components/maps/map-frame';
import { buildHexMapModel } from '../../domain/charts/hex-map-model';
import { mapData } from '../../domain/charts/map-model';
import { mapSummary } from '../../domain/charts/map-summary';
import type { Feed, Standard } from '../../domain/feed/feed-schema';
import { formatQuarter } from '../../domain/periods/quarter';
import type { FeedScores } from '../../domain/scoring/score-feed';
import { fileSlug } from '../../lib/file-name';
import { keepGlobalParams } from '../../lib/url-state/url-state';
import { useExportSource } from '../../lib/use-export-source';
import { comparedWithText, feedPlace } from '../../domain/feed/feed-place';

/** The hex map of one standard's score in each system, with the same values as a table. */
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
  const { search } = useLocation();
  const navigate = useNavigate();
  const source = useExportSource(feed);
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
    <MapFrame
      id="standard-map"
      title={`${what} by system`}
      subtitle={`${standard.name}, ${formatQuarter(period)}`}
      periodLabel={formatQuarter(period)}
      summary={mapSummary(data, feed.geography.regions, what)}
      legendTitle={`${what} (0 to 100)`}
      valueHeading="Score"
      model={model}
      data={data}
      fileName={fileSlug(standard.id, 'map', period)}
      source={source}
      regionName={(code) => regionNames.get(code) ?? code}
      comparedWith={comparedWithText(feedPlace(feed.metadata))}
      onActivate={(code) =>
        void navigate({
          pathname: `/systems/${encodeURIComponent(code)}`,
          search: keepGlobalParams(search),
        })
      }
      about={
        <p>
          A system scores 0 when it has not started, 10 when it plans to adopt the standard, and
          from 30 to 100 once piloting, partly or fully live, by the share of its organisations
          using it. Each hexagon is one system; arrow keys move between them and Enter opens one.
        </p>
      }
    />
  );
}
