/**
 * Where each part of a line chart over periods goes (a profile's score trend with its region,
 * England and peers; a measure's use over months), in pixels, for a drawing `width` wide. The
 * drawings are plain SVG from this, not recharts: at a phone's CPU (4x) recharts drew a profile's
 * charts in one main-thread task of about a second (its store, its text measuring, its many
 * components), as it had the Divides charts (quarter-line-layout.ts). The geometry is the one
 * recharts gave these charts: its margins, a value axis down the left, a 30 px period axis with
 * 6 px tick marks and labels 2 px past them, the periods from the plot's left edge to its right,
 * and labels left out as its `preserveStartEnd` does, so the drawings look as they did.
 */
import { plotBox } from './chart-frame';
import type { ChartFrame } from './chart-frame';
import { labelWidth, preserveStartEndLabels } from './period-axis-labels';

export interface PeriodLinesFrame extends ChartFrame {
  /** The period labels' font size, which sets how many fit. */
  labelFontSize: number;
  /** recharts' `minTickGap`: the least room between two period labels. */
  minTickGap: number;
}

export interface PeriodLinesInput {
  /** The periods along the axis, oldest first, each with the label written under it. */
  periods: readonly { period: string; label: string }[];
  /** Each series' value in each period (same order as `periods`); null or NaN is a gap. */
  series: readonly (readonly (number | null)[])[];
  /** The value axis's ticks, ascending; the first and last are its ends. */
  ticks: readonly number[];
  formatTick: (value: number) => string;
  /** The period to mark with a dashed rule; none when null or not on the axis. */
  marker?: string | null;
}

export interface PlotPoint {
  period: string;
  x: number;
  y: number;
}

export interface PeriodLinesLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /**
   * Every period's `x`; `labelX` (nudged inside the drawing) when its label shows, and with it
   * the period's tick mark at `x`, as recharts left out both together.
   */
  xTicks: { period: string; label: string; x: number; labelX: number | null }[];
  /** The top of the period labels, past the tick marks. */
  xLabelTop: number;
  /** Value ticks, bottom to top, each with its grid line's y and its label. */
  yTicks: { value: number; y: number; label: string }[];
  /** Where the value labels end, before the tick marks. */
  yLabelRight: number;
  /** Each series' line (an SVG path's `d`, broken at gaps; empty with no value) and its points. */
  lines: { path: string; points: PlotPoint[] }[];
  /** The marked period's x, and the baseline of its label above the plot; null without one. */
  marker: { x: number; labelY: number } | null;
}

export const TICK_SIZE = 6;
/** Between a tick mark and its label. */
const TICK_MARGIN = 2;
/** recharts' gap between the plot's top and a marker's label above it. */
const MARKER_LABEL_OFFSET = 5;

/** The plot's top and bottom in `frame`: they do not depend on the drawing's width. */
export function plotRows(frame: PeriodLinesFrame): { top: number; bottom: number } {
  const { top, bottom } = plotBox(frame, 0);
  return { top, bottom };
}

/**
 * The y of `value` on an axis with `ticks` in `frame`, the same at any width, so labels laid out
 * beside the drawing (the trend's end labels) meet its lines. An axis with no span puts every
 * value in the middle.
 */
export function valueY(value: number, ticks: readonly number[], frame: PeriodLinesFrame): number {
  const { top, bottom } = plotRows(frame);
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 0;
  if (high === low) return (top + bottom) / 2;
  return bottom - ((value - low) / (high - low)) * (bottom - top);
}

/**
 * Where a marker's label goes across the drawing: centred on its rule, as recharts put it, but
 * moved in just enough to stay inside the drawing `width` wide. recharts let a label near an edge
 * run off it, so a narrow chart (the board report's, on paper) showed "Thames Valley b".
 */
export function markerLabelX(
  markerX: number,
  text: string,
  fontSize: number,
  width: number,
): number {
  const half = labelWidth(text, fontSize) / 2;
  if (width <= 2 * half) return width / 2;
  return Math.min(Math.max(markerX, half), width - half);
}

export function periodLinesLayout(
  input: PeriodLinesInput,
  width: number,
  frame: PeriodLinesFrame,
): PeriodLinesLayout {
  const { periods, series, ticks, formatTick, marker = null } = input;
  const plot = plotBox(frame, width);
  const span = plot.right - plot.left;
  // recharts' point scale: one period sits in the middle, more run from edge to edge.
  const x = (index: number) =>
    periods.length === 1 ? plot.left + span / 2 : plot.left + (index * span) / (periods.length - 1);
  const labels = preserveStartEndLabels(
    periods.map((_, index) => x(index)),
    periods.map((p) => labelWidth(p.label, frame.labelFontSize)),
    0,
    width,
    frame.minTickGap,
  );
  const markerIndex = marker === null ? -1 : periods.findIndex((p) => p.period === marker);
  return {
    width,
    height: frame.height,
    plot,
    xTicks: periods.map((p, index) => ({ ...p, x: x(index), labelX: labels[index]! })),
    xLabelTop: plot.bottom + TICK_SIZE + TICK_MARGIN,
    yTicks: ticks.map((value) => ({
      value,
      y: valueY(value, ticks, frame),
      label: formatTick(value),
    })),
    yLabelRight: plot.left - TICK_SIZE - TICK_MARGIN,
    lines: series.map((values) => {
      const points = periods.flatMap((p, index) => {
        const value = values[index];
        return isValue(value)
          ? [{ period: p.period, x: x(index), y: valueY(value, ticks, frame) }]
          : [];
      });
      return {
        path: gappedPath(
          periods.map((_, index) => values[index]),
          points,
        ),
        points,
      };
    }),
    marker: markerIndex < 0 ? null : { x: x(markerIndex), labelY: plot.top - MARKER_LABEL_OFFSET },
  };
}

/**
 * One `M` a run of values, `L` within it: a missing period breaks the line, never joined across
 * or drawn as zero. `points` are the values' points in order.
 */
function gappedPath(values: readonly (number | null | undefined)[], points: readonly PlotPoint[]) {
  let path = '';
  let next = 0;
  let drawing = false;
  for (const value of values) {
    if (!isValue(value)) {
      drawing = false;
      continue;
    }
    const point = points[next]!;
    next += 1;
    path += `${drawing ? 'L' : 'M'}${round(point.x)},${round(point.y)}`;
    drawing = true;
  }
  return path;
}

function isValue(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The periods of several series, sorted, and each series' value in each (null where it has
 * none), for a chart whose series need not cover the same periods.
 */
export function alignByPeriod(
  series: readonly { points: readonly { period: string; value: number | null }[] }[],
): { periods: string[]; values: (number | null)[][] } {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const values = series.map((s) => {
    const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
    return periods.map((period) => byPeriod.get(period) ?? null);
  });
  return { periods, values };
}

/** Two decimals are finer than a pixel on any screen, and keep the path short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
