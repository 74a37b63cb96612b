import { startTransition, useMemo, useOptimistic } from 'react';
import { useFeed } from '../../api/feed-query';
import { useHexLayout } from '../../api/hex-layout-query';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { AppLink } from '../../components/ui/app-link';
import { MetricSelect } from '../../components/ui/metric-select';
import { PageHeading } from '../../components/ui/page-heading';
import type { MapView } from '../../domain/charts/hex-map-model';
import { nationalPageModel } from '../../domain/charts/national-page-model';
import { LOW_READINESS_THRESHOLD } from '../../domain/charts/national-summary-model';
import { formatQuarter } from '../../domain/periods/quarter';
import { useMeasureChoice, useMetric, usePeriod } from '../../lib/url-state/use-view-params';
import { useMeasureView } from './use-measure-view';
import { MeasureView } from './measure-view';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';
import { useWeights } from '../../lib/url-state/use-weights';
import { encodeMetric } from '../../lib/url-state/metric';
import { NationalMapSection } from './national-map-section';
import { NationalSummary } from './national-summary';
import { StandardHighlights } from './standard-highlights';
import { PeriodControl } from './period-control';
import { MeasurePeriodControl } from './measure-period-control';
import { RegionChartFrame } from './region-chart-frame';
import { ViewControl } from './view-control';
import { feedPlace } from '../../domain/feed/feed-place';
import { MeshRollUp } from './mesh-roll-up';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useRegionBasis } from '../../api/mesh/use-region-basis';

export function NationalPage() {
  const loaded = useFeed();
  const { feed } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const place = feedPlace(feed.metadata);
  const layout = useHexLayout();
  const { weights, key } = useWeights(feed);
  const [period, setPeriod, stepPeriod] = usePeriod(feed);
  const regionBasis = useRegionBasis(loaded, period);
  const [metric, setMetric] = useMetric(feed);
  const measureChoice = useMeasureChoice(feed);
  const measureView = useMeasureView(feed, measureChoice, period);
  const write = useUrlWriter();
  // The radios show the reader's choice at once, while the URL change (a router transition) lands.
  const [view, setShownView] = useOptimistic<MapView>(useUrlParam('view'));
  const scores = useScores(feed, weights, key);
  const intervals = useRankIntervals(feed, weights, key, period ?? '');
  // Keyed by the measure's text, not the metric object, which may be new on every render; scores
  // and intervals are the cached objects, so a tab click or a sort reuses the whole model.
  const metricKey = encodeMetric(metric);
  const model = useMemo(
    () => (period ? nationalPageModel(feed, scores, period, metric, intervals, unavailable) : null),
    // `metric` is named by `metricKey`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [feed, scores, period, metricKey, intervals, unavailable],
  );
  const heading = (
    <PageHeading
      title="National picture"
      caption={place.national}
      lead={
        place.named
          ? `How far ${place.national}'s health systems have adopted the national interoperability standards, and where the gaps are.`
          : 'How far the health systems in this feed have adopted its interoperability standards, and where the gaps are.'
      }
    />
  );
  if (!period || !model) {
    return (
      <>
        {heading}
        <p>The feed has no quarters to show.</p>
      </>
    );
  }
  const setView = (next: MapView) =>
    startTransition(() => {
      setShownView(next);
      write({ view: next }, { replace: true });
    });
  return (
    <>
      {heading}
      <NationalSummary
        national={model.national}
        trend={model.trend}
        period={period}
        spread={model.spread}
        below={model.below}
        threshold={LOW_READINESS_THRESHOLD}
      />
      <MeshRollUp mesh={loaded.mesh} />
      <p>
        Readiness is scored from 0 to 100 from each system’s reported adoption of{' '}
        {feed.standards.length} national standards.{' '}
        <AppLink to="/methodology#weights">See how, and change the weights</AppLink>.
      </p>
      <div className="app-controls">
        {measureView ? (
          <MeasurePeriodControl
            periods={measureView.values.periods}
            period={measureView.period}
            onChange={(next) =>
              measureChoice.setPeriod(next, measureView.values.periods.at(-1) ?? null)
            }
          />
        ) : (
          <PeriodControl
            periods={feed.periods}
            period={period}
            onChange={setPeriod}
            onStep={stepPeriod}
          />
        )}
        <MetricSelect
          label="Show"
          categories={feed.categories}
          standards={feed.standards}
          measures={feed.measures}
          metric={measureView ? { kind: 'measure', id: measureView.values.measure.id } : metric}
          onChange={setMetric}
        />
        {measureView ? null : <ViewControl view={view} onChange={setView} />}
      </div>
      {measureView ? (
        <MeasureView feed={feed} layout={layout} view={measureView} />
      ) : (
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
      )}
      <StandardHighlights lowest={model.lowest} moved={model.moved} />
      <RegionChartFrame
        feed={feed}
        rows={model.regions}
        england={model.national.populationWeighted}
        period={period}
        basis={regionBasis}
      />
    </>
  );
}
