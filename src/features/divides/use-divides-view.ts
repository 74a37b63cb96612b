import { useFeed } from '../../api/feed-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useScores } from '../../api/scores-query';
import { metricName } from '../../domain/charts/metric-value';
import { basedOnProducts } from '../../domain/mesh/no-data-text';
import { useMetric, usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { useExportSource } from '../../lib/use-export-source';
import { useDividesAnalysis } from './use-divides-analysis';

/**
 * What Digital divides and its embeds draw from the URL: the quarter, the measure, the
 * analysis and its findings. One hook for both, so an embed's chart is the page's.
 */
export function useDividesView() {
  const loaded = useFeed();
  const { feed } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const { weights, key } = useWeights(feed);
  const [period, setPeriod] = usePeriod(feed);
  const [metric, setMetric] = useMetric(feed);
  const scores = useScores(feed, weights, key);
  const { analysis, findings } = useDividesAnalysis(feed, scores, weights, key, period, metric);
  const source = useExportSource(feed);
  // A partial mesh leaves some systems out of every figure: the regional and deprivation
  // findings say so, as the national page does (issue 13). null for a single feed.
  const basis = loaded.mesh ? basedOnProducts(loaded.mesh.merged.products) : null;
  return {
    feed,
    unavailable,
    period,
    setPeriod,
    metric,
    setMetric,
    analysis,
    findings,
    what: metricName(feed, metric),
    basis,
    source,
    arriving: meshArriving(loaded.mesh),
  };
}
