import { getNiceTickValues } from 'recharts';
import { SvgChart } from '../../components/charts/svg-chart';
import { LineAcrossPlot, LineDownPlot } from '../../components/charts/svg-plot-lines';
import { TickMarkBelow, TickMarkLeft } from '../../components/charts/svg-tick-marks';
import { TickLabelBelow, TickLabelLeft } from '../../components/charts/svg-tick-labels';
import { useDrawnWidth } from '../../components/charts/use-drawn-width';
import { AXIS_LINE, GRID, INK } from '../../domain/charts/chart-theme';
import { TICK_SIZE, quarterLineLayout } from '../../domain/divides/quarter-line-layout';
import type { LineFrame, QuarterValue } from '../../domain/divides/quarter-line-layout';

/** recharts' gap between a label and the reference line it names. */
const LABEL_OFFSET = 5;

/**
 * The value axis's ticks for 0 to the largest value as recharts gave them (five, from its own
 * nice-tick function), so the numbers are the ones the recharts drawing showed.
 */
export function zeroBasedTicks(points: readonly QuarterValue[]): number[] {
  let max = 0;
  for (const p of points) if (p.value !== null && p.value > max) max = p.value;
  return getNiceTickValues([0, max], 5, true);
}

export interface QuarterLineProps {
  points: readonly QuarterValue[];
  /** The value axis's ticks, ascending; the first and last are its ends. */
  ticks: readonly number[];
  formatTick: (value: number) => string;
  frame: LineFrame;
  colour: string;
  strokeWidth: number;
  dotRadius: number;
  /** A dashed line across the plot, its label at its top left in the page's text size. */
  reference?: { value: number; label: string };
}

/**
 * One value a quarter as a line with dots, drawn as plain SVG from a layout worked out in the
 * domain (quarter-line-layout.ts says why). Its height is held before its width is known, as
 * recharts' responsive container held it; the viewBox lets paper scale it to its column.
 */
export function QuarterLineDrawing(props: QuarterLineProps) {
  const [ref, width] = useDrawnWidth();
  return (
    <div ref={ref} style={{ width: '100%', height: props.frame.height }}>
      {width > 0 ? <QuarterLineSvg {...props} width={width} /> : null}
    </div>
  );
}

/** The drawing at a known `width` (the box above measures it). */
export function QuarterLineSvg({
  points,
  ticks,
  formatTick,
  frame,
  colour,
  strokeWidth,
  dotRadius,
  reference,
  width,
}: QuarterLineProps & { width: number }) {
  const layout = quarterLineLayout(
    points,
    ticks,
    width,
    frame,
    formatTick,
    reference ? [reference.value] : [],
  );
  const { height, plot, yTicks, xTicks, path, dots, references } = layout;
  return (
    <SvgChart width={width} height={height}>
      {yTicks.map((tick) => (
        <LineAcrossPlot key={tick.value} plot={plot} y={tick.y} stroke={GRID} />
      ))}
      {references.map((line) => (
        <LineAcrossPlot key={line.value} plot={plot} y={line.y} stroke={INK} dash="4 3" />
      ))}
      {path ? <path d={path} fill="none" stroke={colour} strokeWidth={strokeWidth} /> : null}
      <LineAcrossPlot plot={plot} y={plot.bottom} stroke={AXIS_LINE} />
      {xTicks.map((tick) => (
        <g key={tick.period}>
          <TickMarkBelow plot={plot} x={tick.x} size={TICK_SIZE} stroke={AXIS_LINE} />
          {tick.labelX === null ? null : (
            <TickLabelBelow plot={plot} x={tick.labelX}>
              {tick.period}
            </TickLabelBelow>
          )}
        </g>
      ))}
      <LineDownPlot plot={plot} x={plot.left} stroke={AXIS_LINE} />
      {yTicks.map((tick) => (
        <g key={tick.value}>
          <TickMarkLeft plot={plot} y={tick.y} size={TICK_SIZE} stroke={AXIS_LINE} />
          <TickLabelLeft plot={plot} y={tick.y}>
            {tick.label}
          </TickLabelLeft>
        </g>
      ))}
      {dots.map((dot) => (
        <circle
          key={dot.period}
          cx={dot.x}
          cy={dot.y}
          r={dotRadius}
          fill={colour}
          stroke={colour}
          strokeWidth={strokeWidth}
        />
      ))}
      {reference
        ? references.map((line) => (
            <text
              key={line.value}
              x={plot.left + LABEL_OFFSET}
              y={line.y + LABEL_OFFSET}
              dy="0.71em"
              textAnchor="start"
              fill={INK}
            >
              {reference.label}
            </text>
          ))
        : null}
    </SvgChart>
  );
}
