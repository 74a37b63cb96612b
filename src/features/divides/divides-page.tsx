import { useFeed } from '../../api/feed-query';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useHexLayout } from '../../api/hex-layout-query';
import { useScores } from '../../api/scores-query';
import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import { metricName } from '../../domain/charts/metric-value';
import { basedOnProducts } from '../../domain/mesh/mesh-feed';
import { useMetric, usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { BordersSection } from './borders-section';
import { DeprivationSection } from './deprivation-section';
import { DispersionSection } from './dispersion-section';
import { DividesControls } from './divides-controls';
import { FallingBehindSection } from './falling-behind-section';
import { FindingsSection } from './findings-section';
import { RegionalSection } from './regional-section';
import { useDividesAnalysis } from './use-divides-analysis';
import { WideningSection } from './widening-section';
import './divides.css';

export function DividesPage() {
  const loaded = useFeed();
  const { feed } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const layout = useHexLayout();
  const { weights, key } = useWeights(feed);
  const [period, setPeriod] = usePeriod(feed);
  const [metric, setMetric] = useMetric(feed);
  const scores = useScores(feed, weights, key);
  const { analysis, findings } = useDividesAnalysis(feed, scores, weights, key, period, metric);
  const heading = (
    <PageHeading
      title="Digital divides"
      lead="Where gaps in interoperability are forming: between systems, between regions, across borders, along deprivation and over time."
    />
  );
  if (!period || !analysis) {
    return (
      <>
        {heading}
        <p>The feed has no quarters to show.</p>
      </>
    );
  }
  const what = metricName(feed, metric);
  const names = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
  // A partial mesh leaves some systems out of every figure: the regional and deprivation
  // findings say so, as the national page does (issue 13). null for a single feed.
  const basis = loaded.mesh ? basedOnProducts(loaded.mesh.merged.products) : null;
  return (
    <>
      {heading}
      <DividesControls
        periods={feed.periods}
        period={period}
        onPeriod={setPeriod}
        categories={feed.categories}
        standards={feed.standards}
        metric={metric}
        onMetric={setMetric}
      />
      <FindingsSection findings={findings} />
      <DispersionSection feed={feed} trend={analysis.selected} what={what} period={period} />
      <WideningSection feed={feed} divides={analysis.divides} period={period} />
      <FallingBehindSection
        rows={analysis.fallingBehind.map((f) => ({ ...f, name: names.get(f.code) ?? f.code }))}
        what={what}
        period={period}
      />
      <RegionalSection
        feed={feed}
        points={analysis.regional}
        what={what}
        period={period}
        basis={basis}
      />
      <DeprivationSection
        feed={feed}
        gradient={analysis.deprivation}
        what={what}
        period={period}
        basis={basis}
      />
      <BordersSection
        feed={feed}
        layout={layout}
        borders={analysis.borders}
        summary={analysis.borderSummary}
        period={period}
        unavailable={unavailable}
      />
      <p>
        Another divide, between what systems report and what is measured:{' '}
        <AppLink to="/say-and-do">say and do</AppLink>.
      </p>
    </>
  );
}
