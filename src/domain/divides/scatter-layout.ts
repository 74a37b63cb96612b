/**
 * Where each part of Divides' deprivation scatter goes (systems as dots, deprivation across,
 * score up, the fitted line over them), in pixels, for a drawing `width` wide. Drawn as plain SVG
 * from this, not recharts: recharts drew this one chart in a task of 0.7-1.2 s at a phone's CPU
 * (4x) when the page first showed (issue 15). The geometry is the one recharts gave it (320 px
 * tall, margins 16/24/24/0, a 44 px value axis, a 30 px axis below with its title under it, grid
 * lines at every tick both ways, both axes from their first nice tick to their last).
 */
import { TICK_FONT_SIZE, labelWidth } from './quarter-line-layout';

export const SCATTER_HEIGHT = 320;
const MARGIN = { top: 16, right: 24, bottom: 24, left: 0 };
const Y_AXIS_WIDTH = 44;
const X_AXIS_HEIGHT = 30;
/** recharts' least gap between two axis labels. */
const MIN_TICK_GAP = 5;
/** recharts' axis title 'insideBottom' with offset -16: 16 px below the axis's box. */
const TITLE_BELOW = 16;

export interface ScatterLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Across: each tick's grid line at `x`; `labelX` when its label shows (null: left out). */
  xTicks: { value: number; x: number; labelX: number | null }[];
  yTicks: { value: number; y: number }[];
  /** The axis title's centre and baseline. */
  title: { x: number; y: number };
  dots: { x: number; y: number }[];
  segment: { x1: number; y1: number; x2: number; y2: number } | null;
}

/**
 * recharts' default for an axis (`preserveEnd`) between `start` and `end`: from the last label
 * back, each that fits and clears the one after it by the least gap; the last is moved left if it
 * would pass `end`. Returns each label's centre, or null when left out.
 */
export function preserveEndLabels(
  centres: readonly number[],
  widths: readonly number[],
  start: number,
  end: number,
): (number | null)[] {
  const shown: (number | null)[] = centres.map(() => null);
  let limit = end;
  for (let i = centres.length - 1; i >= 0; i -= 1) {
    const size = widths[i]!;
    let centre = centres[i]!;
    if (i === centres.length - 1) {
      const over = centre + size / 2 - end;
      if (over > 0) centre -= over;
    }
    if (
      centre >= start &&
      centre <= limit &&
      centre - size / 2 >= start &&
      centre + size / 2 <= limit
    ) {
      shown[i] = centre;
      limit = centre - (size / 2 + MIN_TICK_GAP);
    }
  }
  return shown;
}

/**
 * The scatter of `points` `width` pixels wide with the fitted `segment` (or none), on axes whose
 * ticks are given ascending (the first and last are each axis's ends: recharts' nice ticks for
 * the dots and the line, worked out by the caller so they are recharts' own).
 */
export function scatterLayout(
  points: readonly { x: number; y: number }[],
  segment: readonly [{ x: number; y: number }, { x: number; y: number }] | null,
  xTicks: readonly number[],
  yTicks: readonly number[],
  width: number,
): ScatterLayout {
  const left = MARGIN.left + Y_AXIS_WIDTH;
  const plot = {
    left,
    right: Math.max(left, width - MARGIN.right),
    top: MARGIN.top,
    bottom: SCATTER_HEIGHT - MARGIN.bottom - X_AXIS_HEIGHT,
  };
  const scale = (ticks: readonly number[], from: number, to: number) => {
    const low = ticks[0] ?? 0;
    const high = ticks.at(-1) ?? 0;
    return (value: number) =>
      high === low ? (from + to) / 2 : from + ((value - low) / (high - low)) * (to - from);
  };
  const x = scale(xTicks, plot.left, plot.right);
  const y = scale(yTicks, plot.bottom, plot.top);
  const labels = preserveEndLabels(
    xTicks.map(x),
    xTicks.map((value) => labelWidth(String(value), TICK_FONT_SIZE)),
    0,
    width,
  );
  return {
    width,
    height: SCATTER_HEIGHT,
    plot,
    xTicks: xTicks.map((value, index) => ({ value, x: x(value), labelX: labels[index]! })),
    yTicks: yTicks.map((value) => ({ value, y: y(value) })),
    title: { x: (plot.left + plot.right) / 2, y: plot.bottom + X_AXIS_HEIGHT + TITLE_BELOW },
    dots: points.map((p) => ({ x: x(p.x), y: y(p.y) })),
    segment: segment
      ? { x1: x(segment[0].x), y1: y(segment[0].y), x2: x(segment[1].x), y2: y(segment[1].y) }
      : null,
  };
}

/**
 * The range an axis must cover: every dot's value and the fitted line's ends (recharts'
 * `extendDomain`), as [lowest, highest]; [0, 0] when there is nothing.
 */
export function extentOf(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 0];
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}
