/**
 * Where each part of a Divides line chart goes (one value a quarter: the four small multiples of
 * spread and the regional share), in pixels, for a drawing `width` wide. The drawings are plain
 * SVG from this, not recharts: the page's five recharts line charts drew in one task of about
 * 1.5 s at a phone's CPU (4x) when it first showed (issue 15), and a line with a dot a quarter
 * needs no chart library's store and text measuring. The geometry is the one recharts gave these
 * charts (its margins, a value axis down the left, a 30 px quarter axis, 6 px tick marks, the
 * quarters from the plot's left edge to its right, labels left out as its `preserveStartEnd`
 * does), so the drawings look as they did.
 */
import { plotBox } from '../charts/chart-frame';
import type { ChartFrame } from '../charts/chart-frame';
import { labelWidth, preserveStartEndLabels } from '../charts/period-axis-labels';

export { labelWidth, preserveStartEndLabels };

/** A Divides line chart's frame: margins and a value axis, as every hand-drawn chart has. */
export type LineFrame = ChartFrame;

/** The small multiples of spread: 160 px tall, margins 8/12/4/0, a 44 px value axis. */
export const SMALL_MULTIPLE_FRAME: LineFrame = {
  height: 160,
  margin: { top: 8, right: 12, bottom: 4, left: 0 },
  yAxisWidth: 44,
};

/** The regional share: 240 px tall, margins 16/24/8/0, a 48 px value axis. */
export const REGIONAL_FRAME: LineFrame = {
  height: 240,
  margin: { top: 16, right: 24, bottom: 8, left: 0 },
  yAxisWidth: 48,
};

export const TICK_SIZE = 6;
/** Between a tick mark and its label. */
export const TICK_MARGIN = 2;
export const TICK_FONT_SIZE = 12;

export interface QuarterValue {
  period: string;
  value: number | null;
}

export interface QuarterLineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Value ticks, bottom to top, each with its grid line's y and its label. */
  yTicks: { value: number; y: number; label: string }[];
  /** Every quarter's tick mark at `x`; `labelX` (nudged inside the drawing) when its label shows. */
  xTicks: { period: string; x: number; labelX: number | null }[];
  /** The line, broken where a quarter has no value (an SVG path's `d`; empty when no value). */
  path: string;
  dots: { period: string; x: number; y: number }[];
  /** The y of each reference value asked for (a dashed line across the plot). */
  references: { value: number; y: number }[];
}

/**
 * The chart of `points` (oldest first), `width` pixels wide, in `frame`, with the value axis's
 * `ticks` (ascending; the first and last are the axis's ends) written by `formatTick`, and a
 * reference line at each of `references`.
 */
export function quarterLineLayout(
  points: readonly QuarterValue[],
  ticks: readonly number[],
  width: number,
  frame: LineFrame,
  formatTick: (value: number) => string,
  references: readonly number[] = [],
): QuarterLineLayout {
  const { height } = frame;
  const plot = plotBox(frame, width);
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 0;
  const y = (value: number) =>
    high === low
      ? (plot.top + plot.bottom) / 2
      : plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top);
  const span = plot.right - plot.left;
  const x = (index: number) =>
    points.length === 1 ? plot.left + span / 2 : plot.left + (index * span) / (points.length - 1);
  const labels = preserveStartEndLabels(
    points.map((_, index) => x(index)),
    points.map((p) => labelWidth(p.period, TICK_FONT_SIZE)),
    0,
    width,
  );
  const dots = points.flatMap((p, index) =>
    p.value === null ? [] : [{ period: p.period, x: x(index), y: y(p.value) }],
  );
  let path = '';
  let drawing = false;
  points.forEach((p, index) => {
    if (p.value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${round(x(index))},${round(y(p.value))}`;
    drawing = true;
  });
  return {
    width,
    height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: y(value), label: formatTick(value) })),
    xTicks: points.map((p, index) => ({ period: p.period, x: x(index), labelX: labels[index]! })),
    path,
    dots,
    references: references.map((value) => ({ value, y: y(value) })),
  };
}

/** A number as the small multiples' value axis writes it: two significant figures. */
export function formatAxisValue(value: number): string {
  return String(Number(value.toPrecision(2)));
}

/** Two decimals are finer than a pixel on any screen, and keep the path short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
