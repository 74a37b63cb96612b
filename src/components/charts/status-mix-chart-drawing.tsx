import { getNiceTickValues } from 'recharts';
import { ADOPTION_STATUSES, STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import { AXIS_LINE, GRID, INK } from '../../domain/charts/chart-theme';
import {
  TICK_FONT_SIZE,
  TICK_MARGIN,
  TICK_SIZE,
  largestStack,
  stackedBarsLayout,
} from '../../domain/charts/stacked-bars-layout';
import type { StackedBarsFrame, StackedCategory } from '../../domain/charts/stacked-bars-layout';
import type { StatusMixRow } from '../../domain/tables/standard-detail';
import { STATUS_MIX_CHART_HEIGHT } from './chart-heights';
import { removeTabStops } from './remove-tab-stops';
import './status-mix-chart.css';
import { StatusLegend } from './status-legend';
import { SEGMENT_OUTLINE, STATUS_COLOURS } from './status-palette';
import { SvgChart } from './svg-chart';
import { LineAcrossPlot, LineDownPlot } from './svg-plot-lines';
import { TickMarkLeft } from './svg-tick-marks';
import { useDrawnWidth } from './use-drawn-width';

/** The plot's frame as recharts drew it: margins 8/8/8/0 and a 40 px value axis. */
const FRAME: StackedBarsFrame = {
  height: STATUS_MIX_CHART_HEIGHT,
  margin: { top: 8, right: 8, bottom: 8, left: 0 },
  yAxisWidth: 40,
};

/**
 * Live sits at the bottom of each bar, on the axis, so the number that matters most can be read
 * straight off the scale; the other statuses stack above it in order.
 */
const STACK_ORDER = [...ADOPTION_STATUSES].reverse();

const TICK_TEXT = { fontSize: TICK_FONT_SIZE, fill: INK };

/** Each quarter's counts in stack order, live first. */
function stackedQuarters(rows: readonly StatusMixRow[]): StackedCategory[] {
  return rows.map((row) => ({
    label: row.label,
    values: STACK_ORDER.map((status) => row[status]),
  }));
}

/**
 * A segment as the path recharts drew, rather than a `rect`: Chromium smooths a rect's outline
 * differently, and the same path, its numbers to four decimals as recharts wrote them, keeps the
 * chart's pixels as they were.
 */
function boxPath(x: number, y: number, width: number, height: number): string {
  const at = (value: number) => Math.round(value * 1e4) / 1e4 || 0;
  return `M ${at(x)},${at(y)} h ${at(width)} v ${at(height)} h ${at(-width)} Z`;
}

/**
 * The count axis's ticks for 0 to the tallest bar as recharts gave them (five whole numbers, from
 * its own nice-tick function), so the scale is the one the recharts drawing showed.
 */
export function statusMixTicks(rows: readonly StatusMixRow[]): number[] {
  return getNiceTickValues([0, largestStack(stackedQuarters(rows))], 5, false);
}

/**
 * What recharts' tooltip told a mouse user, as the bar's native tooltip: the quarter and each
 * status's count. recharts listed the statuses by name; here they come in stack order, live first
 * as it sits on the axis, so the list reads up the bar.
 */
export function statusMixBarTitle(row: StatusMixRow): string {
  return [row.label, ...STACK_ORDER.map((s) => `${STATUS_LABELS[s]}: ${row[s]}`)].join('\n');
}

/**
 * Systems by adoption status, one stacked bar per quarter, drawn as plain SVG from a layout
 * worked out in the domain (stacked-bars-layout.ts says why). Its frame's summary says what the
 * chart shows and its Table tab holds the numbers, so the drawing itself is hidden from assistive
 * technology; its height is held before its width is known, as recharts' container held it.
 */
export function StatusMixChartDrawing({ rows }: { rows: readonly StatusMixRow[] }) {
  const [ref, width] = useDrawnWidth();
  return (
    <div className="app-status-chart">
      <div aria-hidden="true" ref={removeTabStops}>
        <StatusLegend />
        <div ref={ref} style={{ width: '100%', height: FRAME.height }}>
          {width > 0 ? <StatusMixSvg rows={rows} width={width} /> : null}
        </div>
      </div>
    </div>
  );
}

/** The drawing at a known `width` (the box above measures it). */
export function StatusMixSvg({ rows, width }: { rows: readonly StatusMixRow[]; width: number }) {
  const layout = stackedBarsLayout(stackedQuarters(rows), statusMixTicks(rows), width, FRAME);
  const { height, plot, yTicks, xTicks, bars, valueTitle } = layout;
  const labelY = plot.bottom + TICK_SIZE + TICK_MARGIN;
  return (
    <SvgChart width={width} height={height}>
      {yTicks.map((tick) => (
        <LineAcrossPlot key={tick.value} plot={plot} y={tick.y} stroke={GRID} />
      ))}
      {bars.map((bar) => {
        const row = rows[bar.category]!;
        return (
          <g key={row.period} className="app-status-chart__bar">
            <title>{statusMixBarTitle(row)}</title>
            {bar.segments.map((segment) => {
              const status = STACK_ORDER[segment.stack]!;
              return (
                <path
                  key={status}
                  d={boxPath(bar.x, segment.y, bar.width, segment.height)}
                  fill={STATUS_COLOURS[status]}
                  stroke={SEGMENT_OUTLINE}
                  strokeWidth={1}
                />
              );
            })}
          </g>
        );
      })}
      <LineAcrossPlot plot={plot} y={plot.bottom} stroke={AXIS_LINE} />
      <LineDownPlot plot={plot} x={plot.left} stroke={AXIS_LINE} />
      {yTicks.map((tick) => (
        <TickMarkLeft key={tick.value} plot={plot} y={tick.y} size={TICK_SIZE} stroke={AXIS_LINE} />
      ))}
      {xTicks.map((tick, index) =>
        tick.labelX === null ? null : (
          <text
            key={rows[index]!.period}
            {...TICK_TEXT}
            x={tick.labelX}
            y={labelY}
            dy="0.71em"
            textAnchor="middle"
          >
            {tick.label}
          </text>
        ),
      )}
      {yTicks.map((tick) => (
        <text
          key={tick.value}
          {...TICK_TEXT}
          x={plot.left - TICK_SIZE - TICK_MARGIN}
          y={tick.y}
          dy="0.355em"
          textAnchor="end"
        >
          {tick.value}
        </text>
      ))}
      {/* No font size of its own: recharts' axis title took the page's, as this does. */}
      <text
        x={valueTitle.x}
        y={valueTitle.y}
        transform={`rotate(-90, ${valueTitle.x}, ${valueTitle.y})`}
        dy="0.355em"
        textAnchor="start"
        fill={INK}
      >
        Systems
      </text>
    </SvgChart>
  );
}
