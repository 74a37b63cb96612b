import { lazyChart } from '../../components/charts/lazy-chart';
import { SAY_DO_CHART_HEIGHT } from './say-and-do-chart';
import type { SayDoScatterProps } from './say-and-do-chart';

/** Drawn by say-and-do-scatter-drawing.tsx, loaded when first shown (lazy-chart.tsx says why). */
export const SayDoScatter = lazyChart<SayDoScatterProps>(
  async () => (await import('./say-and-do-scatter-drawing')).SayDoScatterDrawing,
  () => SAY_DO_CHART_HEIGHT,
);
