import { AXIS_LINE, GRID, INK, SECONDARY_INK } from '../../domain/charts/chart-theme';
import { TICK_SIZE, markerLabelX } from '../../domain/charts/period-lines-layout';
import type { PeriodLinesLayout } from '../../domain/charts/period-lines-layout';
import { LineAcrossPlot } from './svg-plot-lines';
import { PlotAxes } from './svg-tick-marks';

/**
 * The parts the two line charts over periods (trend-chart-drawing.tsx and
 * measure-trend-chart-drawing.tsx) share, drawn as plain SVG from their layout in the order
 * recharts layered them: the grid, then the marker's rule and the lines, then the axes, then the
 * dots, then every label on top.
 */
interface LayoutProps {
  layout: PeriodLinesLayout;
}

/** The grid: a line across the plot at each value tick. */
export function PeriodGrid({ layout }: LayoutProps) {
  return layout.yTicks.map((tick) => (
    <LineAcrossPlot key={tick.value} plot={layout.plot} y={tick.y} stroke={GRID} />
  ));
}

/** The axis lines and their tick marks, below and left of the plot. */
export function PeriodAxes({ layout }: LayoutProps) {
  const { plot, xTicks, yTicks } = layout;
  return (
    <PlotAxes
      plot={plot}
      // recharts left out a period's tick mark with its label.
      xs={xTicks.filter((tick) => tick.labelX !== null).map((tick) => tick.x)}
      ys={yTicks.map((tick) => tick.y)}
      size={TICK_SIZE}
      stroke={AXIS_LINE}
    />
  );
}

/**
 * The shown period labels (set by their top) and the value labels (set by their middle), as
 * recharts set them. `valueFontSize` left out inherits the page's text size, as recharts' value
 * axis did on the score trend.
 */
export function PeriodTickLabels({
  layout,
  periodFontSize,
  valueFontSize,
}: LayoutProps & { periodFontSize: number; valueFontSize?: number }) {
  return (
    <>
      {layout.xTicks.map((tick) =>
        tick.labelX === null ? null : (
          <text
            key={tick.period}
            x={tick.labelX}
            y={layout.xLabelTop}
            dy="0.71em"
            textAnchor="middle"
            fontSize={periodFontSize}
            fill={INK}
          >
            {tick.label}
          </text>
        ),
      )}
      {layout.yTicks.map((tick) => (
        <text
          key={tick.value}
          x={layout.yLabelRight}
          y={tick.y}
          dy="0.355em"
          textAnchor="end"
          fontSize={valueFontSize}
          fill={INK}
        >
          {tick.label}
        </text>
      ))}
    </>
  );
}

/**
 * A dashed rule down the plot at one period (where a boundary changed, or a system began or
 * ended); nothing when the layout has no marker. Its label is drawn apart, over everything.
 */
export function PeriodMarkerRule({ layout }: LayoutProps) {
  if (!layout.marker) return null;
  const { plot, marker } = layout;
  // Drawn up from the axis, as recharts drew it, so its dashes fall where they did.
  return (
    <line
      x1={marker.x}
      x2={marker.x}
      y1={plot.bottom}
      y2={plot.top}
      stroke={SECONDARY_INK}
      strokeDasharray="3 3"
    />
  );
}

/**
 * The marker's name above the plot, its baseline just over the plot's top: centred on the rule,
 * or moved in to stay inside the drawing (markerLabelX).
 */
export function PeriodMarkerLabel({
  layout,
  text,
  fontSize,
}: LayoutProps & { text: string; fontSize: number }) {
  if (!layout.marker) return null;
  return (
    <text
      x={markerLabelX(layout.marker.x, text, fontSize, layout.width)}
      y={layout.marker.labelY}
      textAnchor="middle"
      fontSize={fontSize}
      fill={INK}
    >
      {text}
    </text>
  );
}
