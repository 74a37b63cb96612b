import type { ReactNode } from 'react';
import { LineAcrossPlot, LineDownPlot } from './svg-plot-lines';
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

/**
 * The axis line along the plot's foot with a mark at each of `xs`, then the one down its left with
 * a mark at each of `ys`: drawn in the order recharts drew them, so overlaps paint as they did.
 */
export function PlotAxes({
  plot,
  xs,
  ys,
  size,
  stroke,
}: {
  plot: PlotBox;
  xs: readonly number[];
  ys: readonly number[];
  size: number;
  stroke: string;
}): ReactNode {
  return (
    <>
      <LineAcrossPlot plot={plot} y={plot.bottom} stroke={stroke} />
      {xs.map((x, index) => (
        <TickMarkBelow key={index} plot={plot} x={x} size={size} stroke={stroke} />
      ))}
      <LineDownPlot plot={plot} x={plot.left} stroke={stroke} />
      {ys.map((y, index) => (
        <TickMarkLeft key={index} plot={plot} y={y} size={size} stroke={stroke} />
      ))}
    </>
  );
}
