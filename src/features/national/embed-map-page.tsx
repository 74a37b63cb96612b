import { useMemo } from 'react';
import { useFeed } from '../../api/feed-query';
import { useHexLayout } from '../../api/hex-layout-query';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import { EmbedArriving } from '../../components/embed/embed-arriving';
import { EmbedFooter } from '../../components/embed/embed-footer';
import { PageTitle } from '../../components/ui/page-title';
import { nationalPageModel } from '../../domain/charts/national-page-model';
import { feedPlace } from '../../domain/feed/feed-place';
import { formatQuarter } from '../../domain/periods/quarter';
import { useEmbedBackLink } from '../../lib/embed/use-embed-back-link';
import { encodeMetric } from '../../lib/url-state/metric';
import { useUrlParam } from '../../lib/url-state/use-url-param';
import { useMetric, usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { useExportSource } from '../../lib/use-export-source';
import { NationalMapSection } from './national-map-section';

/**
 * The national map alone, for an iframe: the same model and map section as the National picture,
 * from the same URL parameters, so the embed and the page draw the same hexes and key.
 */
export function EmbedMapPage() {
  const loaded = useFeed();
  const { feed } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const layout = useHexLayout();
  const { weights, key } = useWeights(feed);
  const [period] = usePeriod(feed);
  const [metric] = useMetric(feed);
  const view = useUrlParam('view');
  const scores = useScores(feed, weights, key);
  const intervals = useRankIntervals(feed, weights, key, period ?? '');
  const source = useExportSource(feed);
  const backHref = useEmbedBackLink();
  const arriving = meshArriving(loaded.mesh);
  const metricKey = encodeMetric(metric);
  const model = useMemo(
    () => (period ? nationalPageModel(feed, scores, period, metric, intervals, unavailable) : null),
    // `metric` is named by `metricKey`, as on the National picture.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [feed, scores, period, metricKey, intervals, unavailable],
  );
  const place = feedPlace(feed.metadata);
  return (
    <>
      <PageTitle title={`National picture, embedded: ${place.national}`} />
      <h1 className="app-embed__context">National picture: {place.national}</h1>
      <EmbedArriving arriving={arriving} />
      {period && model ? (
        <NationalMapSection
          feed={feed}
          layout={layout}
          data={model.map}
          period={period}
          view={view}
          what={model.what}
          fileWhat={metric.kind === 'overall' ? 'readiness' : metric.id}
          periodLabel={formatQuarter(period)}
        />
      ) : (
        <p>No data: the feed has no quarters to show.</p>
      )}
      <EmbedFooter source={source} backHref={backHref} />
    </>
  );
}
