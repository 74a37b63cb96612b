import { useMemo } from 'react';
import { useFeed } from '../../api/feed-query';
import { useHexLayout, usePrefetchHexLayout } from '../../api/hex-layout-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import { useRegionBasis } from '../../api/mesh/use-region-basis';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { nationalPageModel, nationalQuarterModel } from '../../domain/charts/national-page-model';
import { encodeMetric } from '../../lib/url-state/metric';
import { useMeasureChoice, useMetric, usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { useExportSource } from '../../lib/use-export-source';
import { useMeasureView } from './use-measure-view';

/**
 * What the National picture and its embeds draw from the URL: the quarter, the measure shown,
 * the scores and the page model. One hook for both, so an embed draws the page's own hexes,
 * regions and measure map for the same address.
 */
export function useNationalView() {
  usePrefetchHexLayout();
  const loaded = useFeed();
  const { feed } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const layout = useHexLayout();
  const { weights, key } = useWeights(feed);
  const [period, setPeriod, stepPeriod] = usePeriod(feed);
  const regionBasis = useRegionBasis(loaded, period);
  const [metric, setMetric] = useMetric(feed);
  const measureChoice = useMeasureChoice(feed);
  const measureView = useMeasureView(feed, measureChoice, period);
  const scores = useScores(feed, weights, key);
  const intervals = useRankIntervals(feed, weights, key, period ?? '');
  const source = useExportSource(feed);
  const arriving = meshArriving(loaded.mesh);
  // A measure the URL asks for that the data does not have (yet): while a mesh is still arriving
  // its product may be on its way, so the page holds the measure's place rather than drawing the
  // readiness map there and swapping it out (with anything the reader opened in it) when it comes.
  const missingMeasure =
    measureChoice.requestedId !== null && measureChoice.id === null
      ? { id: measureChoice.requestedId, arriving: arriving !== null }
      : null;
  // Keyed by the measure's text, not the metric object, which may be new on every render; scores
  // and intervals are the cached objects, so a tab click or a sort reuses the whole model.
  const metricKey = encodeMetric(metric);
  // The quarter's parts (standards, regions, trend) apart from the measure's (the map), so a change
  // of measure redoes only the map (issue 15: a metric change under 50 ms on a phone).
  const quarter = useMemo(
    () => (period ? nationalQuarterModel(feed, scores, period) : null),
    [feed, scores, period],
  );
  const model = useMemo(
    () =>
      period && quarter
        ? nationalPageModel(feed, scores, period, metric, intervals, unavailable, quarter)
        : null,
    // `metric` is named by `metricKey`.
    [feed, scores, period, metricKey, intervals, unavailable, quarter],
  );
  return {
    loaded,
    feed,
    layout,
    period,
    setPeriod,
    stepPeriod,
    regionBasis,
    metric,
    setMetric,
    measureChoice,
    measureView,
    missingMeasure,
    model,
    scores,
    source,
    arriving,
  };
}
