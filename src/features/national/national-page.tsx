import { startTransition, useOptimistic } from 'react';
import { AppLink } from '../../components/ui/app-link';
import { MetricSelect } from '../../components/ui/metric-select';
import { PageHeading } from '../../components/ui/page-heading';
import type { MapView } from '../../domain/charts/hex-map-model';
import { LOW_READINESS_THRESHOLD } from '../../domain/charts/national-summary-model';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';
import { NationalSummary } from './national-summary';
import { StandardHighlights } from './standard-highlights';
import { PeriodControl } from './period-control';
import { MeasurePeriodControl } from './measure-period-control';
import { ViewControl } from './view-control';
import { feedPlace } from '../../domain/feed/feed-place';
import { MeshRollUp } from './mesh-roll-up';
import { NationalMap, NationalRegions } from './national-map';
import { useNationalView } from './use-national-view';
import { useStandardHighlights } from './use-standard-highlights';

export function NationalPage() {
  const national = useNationalView();
  const { loaded, feed, period, setPeriod, stepPeriod, metric, setMetric } = national;
  const { measureChoice, measureView, model } = national;
  const highlights = useStandardHighlights(feed, national.scores, period);
  const place = feedPlace(feed.metadata);
  const write = useUrlWriter();
  // The radios show the reader's choice at once, while the URL change (a router transition) lands.
  const [view, setShownView] = useOptimistic<MapView>(useUrlParam('view'));
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
          arrivingMeasure={national.missingMeasure?.arriving ? national.missingMeasure.id : null}
          metric={measureView ? { kind: 'measure', id: measureView.values.measure.id } : metric}
          onChange={setMetric}
        />
        {measureView || national.missingMeasure?.arriving ? null : (
          <ViewControl view={view} onChange={setView} />
        )}
      </div>
      <NationalMap national={national} view={view} />
      {highlights ? (
        <StandardHighlights lowest={highlights.lowest} moved={highlights.moved} />
      ) : null}
      <NationalRegions national={national} />
    </>
  );
}
