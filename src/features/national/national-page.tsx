import { startTransition, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { useHexLayout } from '../../api/hex-layout-query';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { AppLink } from '../../components/ui/app-link';
import { MetricSelect } from '../../components/ui/metric-select';
import { PageHeading } from '../../components/ui/page-heading';
import type { MapView } from '../../domain/charts/hex-map-model';
import { mapData } from '../../domain/charts/map-model';
import {
  countBelow,
  LOW_READINESS_THRESHOLD,
  spreadChange,
} from '../../domain/charts/national-summary-model';
import { regionRows } from '../../domain/charts/region-rows';
import { lowestStandards, movedMost } from '../../domain/charts/standard-highlights';
import { standardRows } from '../../domain/tables/standard-rows';
import { metricName } from '../../domain/charts/metric-value';
import { formatQuarter } from '../../domain/periods/quarter';
import { nationalSeries } from '../../domain/scoring/series';
import { trendOf } from '../../domain/scoring/trend';
import { useMetric, usePeriod } from '../../lib/use-view-params';
import { useSearchUpdater } from '../../lib/use-search-updater';
import { useWeights } from '../../lib/use-weights';
import { NationalMapSection } from './national-map-section';
import { NationalSummary } from './national-summary';
import { StandardHighlights } from './standard-highlights';
import { PeriodControl } from './period-control';
import { RegionChartFrame } from './region-chart-frame';
import { ViewControl } from './view-control';

export function NationalPage() {
  const { feed } = useFeed();
  const layout = useHexLayout();
  const { weights, key } = useWeights(feed);
  const [period, setPeriod] = usePeriod(feed);
  const [metric, setMetric] = useMetric(feed);
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  // The radios show the reader's choice at once, while the URL change (a router transition) lands.
  const [view, setShownView] = useOptimistic<MapView>(
    params.get('view') === 'compare' ? 'compare' : 'score',
  );
  const scores = useScores(feed, weights, key);
  const intervals = useRankIntervals(feed, weights, key, period ?? '');
  const periodScores = period ? scores.byPeriod[period] : undefined;
  const heading = (
    <PageHeading
      title="National picture"
      caption="England"
      lead="How far England's Integrated Care Systems have adopted the national interoperability standards, and where the gaps are."
    />
  );
  if (!period || !periodScores) {
    return (
      <>
        {heading}
        <p>The feed has no quarters to show.</p>
      </>
    );
  }
  const standards = standardRows(feed, scores, period);
  const trend = trendOf(nationalSeries(scores).filter((point) => point.period <= period));
  const setView = (next: MapView) =>
    startTransition(() => {
      setShownView(next);
      update(
        (updated) => {
          if (next === 'compare') updated.set('view', 'compare');
          else updated.delete('view');
          return updated;
        },
        { replace: true },
      );
    });
  return (
    <>
      {heading}
      <NationalSummary
        national={periodScores.national}
        trend={trend}
        period={period}
        spread={spreadChange(scores, period)}
        below={countBelow(scores, period)}
        threshold={LOW_READINESS_THRESHOLD}
      />
      <p>
        Readiness is scored from 0 to 100 from each system’s reported adoption of{' '}
        {feed.standards.length} national standards.{' '}
        <AppLink to="/methodology#weights">See how, and change the weights</AppLink>.
      </p>
      <div className="app-controls">
        <PeriodControl periods={feed.periods} period={period} onChange={setPeriod} />
        <MetricSelect
          label="Show"
          categories={feed.categories}
          standards={feed.standards}
          metric={metric}
          onChange={setMetric}
        />
        <ViewControl view={view} onChange={setView} />
      </div>
      <NationalMapSection
        feed={feed}
        layout={layout}
        data={mapData(feed, scores, period, metric, intervals)}
        period={period}
        view={view}
        what={metricName(feed, metric)}
        fileWhat={metric.kind === 'overall' ? 'readiness' : metric.id}
        periodLabel={formatQuarter(period)}
      />
      <StandardHighlights lowest={lowestStandards(standards)} moved={movedMost(standards)} />
      <RegionChartFrame
        feed={feed}
        rows={regionRows(scores, period, feed.geography.regions)}
        england={periodScores.national.populationWeighted}
        period={period}
      />
    </>
  );
}
