import { DeprivationSection } from './deprivation-section';
import { DispersionSection } from './dispersion-section';
import { RegionalSection } from './regional-section';
import type { DividesDrawn } from './divides-drawn';

/*
 * The page's charts from its view, drawn by the page and by each embed, so both pass the same
 * props to the same section.
 */

export function DividesDispersion({ view }: { view: DividesDrawn }) {
  const { feed, analysis, what, period } = view;
  return <DispersionSection feed={feed} trend={analysis.selected} what={what} period={period} />;
}

export function DividesRegional({ view }: { view: DividesDrawn }) {
  const { feed, analysis, what, period, basis } = view;
  return (
    <RegionalSection
      feed={feed}
      points={analysis.regional}
      what={what}
      period={period}
      basis={basis}
    />
  );
}

export function DividesDeprivation({ view }: { view: DividesDrawn }) {
  const { feed, analysis, what, period, basis } = view;
  return (
    <DeprivationSection
      feed={feed}
      gradient={analysis.deprivation}
      what={what}
      period={period}
      basis={basis}
    />
  );
}
