import type { MapView } from '../../domain/charts/hex-map-model';
import { formatQuarter } from '../../domain/periods/quarter';
import { MeasureView } from './measure-view';
import { NationalMapSection } from './national-map-section';
import { RegionChartFrame } from './region-chart-frame';
import type { useNationalView } from './use-national-view';

type NationalView = ReturnType<typeof useNationalView>;

/**
 * The National picture's map for the URL's view: a measure of use on its own scale, or the
 * readiness map. The page and its map embed both draw this, so they cannot drift apart.
 */
export function NationalMap({ national, view }: { national: NationalView; view: MapView }) {
  const { feed, layout, period, metric, measureView, model } = national;
  if (measureView) return <MeasureView feed={feed} layout={layout} view={measureView} />;
  if (!period || !model) return null;
  return (
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
  );
}

/** Each region's readiness, on the page and in its embed. */
export function NationalRegions({ national }: { national: NationalView }) {
  const { feed, period, model, regionBasis } = national;
  if (!period || !model) return null;
  return (
    <RegionChartFrame
      feed={feed}
      rows={model.regions}
      england={model.national.populationWeighted}
      period={period}
      basis={regionBasis}
    />
  );
}
