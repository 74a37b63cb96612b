import { useFeed } from '../../api/feed-query';
import { useScores } from '../../api/scores-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import { EmbedArriving } from '../../components/embed/embed-arriving';
import { EmbedFooter } from '../../components/embed/embed-footer';
import { PageTitle } from '../../components/ui/page-title';
import { metricName } from '../../domain/charts/metric-value';
import { useEmbedBackLink } from '../../lib/embed/use-embed-back-link';
import { useMetric, usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { useExportSource } from '../../lib/use-export-source';
import { DispersionSection } from './dispersion-section';
import { useDividesAnalysis } from './use-divides-analysis';
import './divides.css';

/** How far apart systems are over time, alone for an iframe: the Divides page's own frame. */
export function EmbedDispersionPage() {
  const { feed, mesh } = useFeed();
  const { weights, key } = useWeights(feed);
  const [period] = usePeriod(feed);
  const [metric] = useMetric(feed);
  const scores = useScores(feed, weights, key);
  const { analysis } = useDividesAnalysis(feed, scores, weights, key, period, metric);
  const source = useExportSource(feed);
  const backHref = useEmbedBackLink();
  const arriving = meshArriving(mesh);
  return (
    <>
      <PageTitle title="Digital divides, embedded: how far apart systems are" />
      <h1 className="app-embed__context">Digital divides</h1>
      <EmbedArriving arriving={arriving} />
      {period && analysis ? (
        <DispersionSection
          feed={feed}
          trend={analysis.selected}
          what={metricName(feed, metric)}
          period={period}
        />
      ) : (
        <p>No data: the feed has no quarters to show.</p>
      )}
      <EmbedFooter source={source} backHref={backHref} />
    </>
  );
}
