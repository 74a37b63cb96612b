import { STATUS_LEGEND_HEIGHT, STATUS_MIX_CHART_HEIGHT } from './chart-heights';
import { lazyChart } from './lazy-chart';

/** Drawn by status-mix-chart-drawing.tsx, loaded when first shown (lazy-chart.tsx says why). */
export const StatusMixChart = lazyChart(
  async () => (await import('./status-mix-chart-drawing')).StatusMixChartDrawing,
  () => STATUS_MIX_CHART_HEIGHT + STATUS_LEGEND_HEIGHT,
);
