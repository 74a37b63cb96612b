import { regionBarChartHeight } from './chart-heights';
import { lazyChart } from './lazy-chart';

/** Drawn by region-bar-chart-drawing.tsx, loaded when first shown (lazy-chart.tsx says why). */
export const RegionBarChart = lazyChart(
  async () => (await import('./region-bar-chart-drawing')).RegionBarChartDrawing,
  ({ rows }) => regionBarChartHeight(rows.length),
  // The held space has the drawing's class, so its bottom margin too: nothing moves when drawn
  // (without it the frame grew 8 px when the chart arrived).
  { heldClass: 'app-chart' },
);
