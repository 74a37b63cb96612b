import { memo, useMemo } from 'react';
import { regionBarHeight, regionBarLayout } from '../../domain/charts/region-bar-layout';
import type { RegionRow } from '../../domain/charts/region-rows';
import { RegionBarChartDrawing } from './region-bar-chart-drawing';
import { useDrawnWidth } from './use-drawn-width';

/**
 * The region bar chart at its box's width. Until the width is known (the box's first mount) its
 * height is held empty, so nothing below moves when it is drawn. Hidden from assistive
 * technology: its frame's summary and Table tab carry the content.
 */
export const RegionBarChart = memo(function RegionBarChart({
  rows,
  england,
  nationalLabel,
}: {
  rows: readonly RegionRow[];
  england: number | null;
  /** The national line's label: the feed's place ("England") or neutral words. */
  nationalLabel: string;
}) {
  const [ref, width] = useDrawnWidth();
  const layout = useMemo(
    () => (width > 0 ? regionBarLayout(rows, england, nationalLabel, width) : null),
    [rows, england, nationalLabel, width],
  );
  return (
    <div
      aria-hidden="true"
      className="app-chart app-print-keep"
      ref={ref}
      style={layout ? undefined : { height: regionBarHeight(rows.length) }}
    >
      {layout ? <RegionBarChartDrawing layout={layout} /> : null}
    </div>
  );
});
