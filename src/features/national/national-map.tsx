import { startTransition, useEffect, useMemo, useState } from 'react';
import type { MapView } from '../../domain/charts/hex-map-model';
import { formatQuarter } from '../../domain/periods/quarter';
import { MeasureArriving, MeasureNotInData } from './measure-missing';
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
  const { feed, layout, period, metric, measureView, missingMeasure, model } = national;
  if (measureView) return <MeasureView feed={feed} layout={layout} view={measureView} />;
  if (missingMeasure?.arriving) return <MeasureArriving id={missingMeasure.id} />;
  if (!period || !model) return null;
  return (
    <>
      {missingMeasure ? <MeasureNotInData id={missingMeasure.id} /> : null}
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
    </>
  );
}

/** Each region's readiness, on the page and in its embed. */
export function NationalRegions({ national }: { national: NationalView }) {
  const { feed, period, model, regionBasis, source } = national;
  const rows = model?.regions;
  const england = model?.national.populationWeighted;
  const now = useMemo(
    () =>
      period && rows && england !== undefined
        ? { period, rows, england, basis: regionBasis }
        : null,
    [period, rows, england, regionBasis],
  );
  const shown = useInLaterTask(now);
  if (!now || !shown) return null;
  return (
    <RegionChartFrame
      feed={feed}
      rows={shown.rows}
      england={shown.england}
      period={shown.period}
      source={source}
      basis={shown.basis}
    />
  );
}

/**
 * `value` as first rendered, then each new value a task later, in a render of its own. The region
 * chart sits below the map, and redrawing it (recharts' store updates, its table) in the same
 * commit as the map made a quarter change one task of 200-500 ms at a phone's CPU rate (issue 15);
 * this way the map and summary are drawn first and the chart follows.
 */
function useInLaterTask<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    return () => clearTimeout(timer);
  }, [value]);
  return shown;
}
