import { useHexLayout } from '../../api/hex-layout-query';
import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import { BordersSection } from './borders-section';
import { DeprivationSection } from './deprivation-section';
import { DispersionSection } from './dispersion-section';
import { DividesControls } from './divides-controls';
import { FallingBehindSection } from './falling-behind-section';
import { FindingsSection } from './findings-section';
import { RegionalSection } from './regional-section';
import { useDividesView } from './use-divides-view';
import { WideningSection } from './widening-section';
import './divides.css';

export function DividesPage() {
  const divides = useDividesView();
  const { feed, unavailable, period, setPeriod, metric, setMetric, analysis, findings } = divides;
  const { what, basis } = divides;
  const layout = useHexLayout();
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
  const names = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
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
