/**
 * Lines that span a hand-drawn chart's plot box (grid lines, axis lines, reference lines): each
 * chart's layout gives the box and the place, the chart gives the colour, and the lines are drawn
 * the same way in every chart.
 */
import type { PlotBox } from '../../domain/charts/chart-frame';

export type { PlotBox };

interface PlotLineProps {
  plot: PlotBox;
  stroke: string;
  /** The stroke's dash pattern, for a reference line; solid when left out. */
  dash?: string;
}

/** A line across the whole plot at `y`. */
export function LineAcrossPlot({ plot, y, stroke, dash }: PlotLineProps & { y: number }) {
  return (
    <line x1={plot.left} x2={plot.right} y1={y} y2={y} stroke={stroke} strokeDasharray={dash} />
  );
}

/** A line down the whole plot at `x`. */
export function LineDownPlot({ plot, x, stroke, dash }: PlotLineProps & { x: number }) {
  return (
    <line x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke={stroke} strokeDasharray={dash} />
  );
}
