import type { PlotBox } from './svg-plot-lines';

interface TickMarkProps {
  plot: PlotBox;
  /** The mark's length in px. */
  size: number;
  stroke: string;
}

/** A hand-drawn chart's tick mark, hanging below its plot at `x`. */
export function TickMarkBelow({ plot, x, size, stroke }: TickMarkProps & { x: number }) {
  return <line x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + size} stroke={stroke} />;
}

/** A hand-drawn chart's tick mark, out to the left of its plot at `y`. */
export function TickMarkLeft({ plot, y, size, stroke }: TickMarkProps & { y: number }) {
  return <line x1={plot.left - size} x2={plot.left} y1={y} y2={y} stroke={stroke} />;
}
