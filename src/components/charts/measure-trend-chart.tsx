import { MEASURE_TREND_CHART_HEIGHT } from './chart-heights';
import { lazyChart } from './lazy-chart';

/** Drawn by measure-trend-chart-drawing.tsx, loaded when first shown (lazy-chart.tsx says why). */
export const MeasureTrendChart = lazyChart(
  async () => (await import('./measure-trend-chart-drawing')).MeasureTrendChartDrawing,
  // The plot, the unit line above it and a key of up to three lines under it.
  () => MEASURE_TREND_CHART_HEIGHT + 110,
);
