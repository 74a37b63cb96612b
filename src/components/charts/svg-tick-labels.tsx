import type { ReactNode } from 'react';
import { INK } from '../../domain/charts/chart-theme';
import { TICK_FONT_SIZE, TICK_MARGIN, TICK_SIZE } from '../../domain/divides/quarter-line-layout';
import type { PlotBox } from './svg-plot-lines';

/**
 * Tick labels as recharts wrote them on the Divides charts before those were drawn by hand (12 px
 * ink, TICK_MARGIN past a TICK_SIZE mark), so the charts still look as they did. `dy` sets the
 * text by its top or its middle, as recharts did, rather than by its baseline.
 */
const TICK_TEXT = { fontSize: TICK_FONT_SIZE, fill: INK };

interface TickTextProps {
  x: number;
  y: number;
  dy: string;
  anchor: 'middle' | 'end';
  children: ReactNode;
}

function TickText({ x, y, dy, anchor, children }: TickTextProps) {
  return (
    <text {...TICK_TEXT} x={x} y={y} dy={dy} textAnchor={anchor}>
      {children}
    </text>
  );
}

interface TickLabelProps {
  plot: PlotBox;
  children: ReactNode;
}

/** A tick's label below the plot, centred on `x`, its top past the mark. */
export function TickLabelBelow({ plot, x, children }: TickLabelProps & { x: number }) {
  const y = plot.bottom + TICK_SIZE + TICK_MARGIN;
  return (
    <TickText x={x} y={y} dy="0.71em" anchor="middle">
      {children}
    </TickText>
  );
}

/** A tick's label left of the plot, ending before the mark, centred on `y`. */
export function TickLabelLeft({ plot, y, children }: TickLabelProps & { y: number }) {
  const x = plot.left - TICK_SIZE - TICK_MARGIN;
  return (
    <TickText x={x} y={y} dy="0.355em" anchor="end">
      {children}
    </TickText>
  );
}
