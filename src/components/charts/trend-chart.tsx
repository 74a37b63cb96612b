import { TREND_CHART_HEIGHT } from './chart-heights';
import { lazyChart } from './lazy-chart';

/** Drawn by trend-chart-drawing.tsx, loaded when first shown (lazy-chart.tsx says why). */
export const TrendChart = lazyChart(
  async () => (await import('./trend-chart-drawing')).TrendChartDrawing,
  () => TREND_CHART_HEIGHT,
);
