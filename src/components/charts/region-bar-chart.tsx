import { regionBarChartHeight } from './chart-heights';
import { lazyChart } from './lazy-chart';

/** Drawn by region-bar-chart-drawing.tsx, loaded when first shown (lazy-chart.tsx says why). */
export const RegionBarChart = lazyChart(
  async () => (await import('./region-bar-chart-drawing')).RegionBarChartDrawing,
  ({ rows }) => regionBarChartHeight(rows.length),
);
