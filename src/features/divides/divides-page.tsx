import { useHexLayout, usePrefetchHexLayout } from '../../api/hex-layout-query';
import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import { BordersSection } from './borders-section';
import { DividesDeprivation, DividesDispersion, DividesRegional } from './divides-charts';
import { borderProps } from './divides-drawn';
import { DividesControls } from './divides-controls';
import { FallingBehindSection } from './falling-behind-section';
import { FindingsSection } from './findings-section';
import { useDividesView } from './use-divides-view';
import { WideningSection } from './widening-section';
import './divides.css';

export function DividesPage() {
  usePrefetchHexLayout();
  const divides = useDividesView();
  const { feed, period, setPeriod, metric, setMetric, analysis, findings, what } = divides;
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
  const drawn = { ...divides, period, analysis };
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
      <DividesDispersion view={drawn} />
      <WideningSection feed={feed} divides={analysis.divides} period={period} />
      <FallingBehindSection
        rows={analysis.fallingBehind.map((f) => ({ ...f, name: names.get(f.code) ?? f.code }))}
        what={what}
        period={period}
      />
      <DividesRegional view={drawn} />
      <DividesDeprivation view={drawn} />
      <BordersSection layout={layout} {...borderProps(drawn)} />
      <p>
        Another divide, between what systems report and what is measured:{' '}
        <AppLink to="/say-and-do">say and do</AppLink>.
      </p>
    </>
  );
}
