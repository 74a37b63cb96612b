/**
 * Where each part of a stacked bar chart goes (one bar a category, here a quarter, its parts
 * stacked from the axis up), in pixels, for a drawing `width` wide. A standard's status mix is
 * drawn as plain SVG from this, not recharts: recharts drew it in one main-thread task of about a
 * second at a phone's CPU (4x), its store and text measuring for eleven bars of five parts. The
 * geometry is the one recharts' BarChart gave it (its margins, a value axis down the left, a 30 px
 * category axis, each category a band with 10% of it clear either side, labels left out as its
 * `preserveStartEnd` does), so the drawing looks as it did.
 */
import { plotBox } from './chart-frame';
import type { ChartFrame } from './chart-frame';
import { labelWidth, preserveStartEndLabels } from './period-axis-labels';

/** The bars' frame: margins and a value axis, as every hand-drawn chart has (chart-frame.ts). */
export type StackedBarsFrame = ChartFrame;

/** recharts' category axis: labels 2 px past a 6 px tick mark (drawn or not). */
export const TICK_SIZE = 6;
export const TICK_MARGIN = 2;
export const TICK_FONT_SIZE = 14;
/** The least gap between two category labels (recharts' `minTickGap` on this chart). */
export const LABEL_GAP = 16;
/** recharts' gap between the value axis's left edge and its title. */
const TITLE_OFFSET = 5;
/** recharts' BarChart default `barCategoryGap`: the share of a band left clear on each side. */
const CATEGORY_GAP = 0.1;

export interface StackedCategory {
  label: string;
  /** The parts' values in stack order, the one on the axis first. */
  values: readonly number[];
}

export interface StackedSegment {
  /** The part's place in the stack order (its index in the category's `values`). */
  stack: number;
  value: number;
  y: number;
  height: number;
}

export interface StackedBar {
  /** The category's index in the data. */
  category: number;
  x: number;
  width: number;
  /** The parts with a value, bottom to top; parts of zero are left out (recharts drew none). */
  segments: StackedSegment[];
}

export interface StackedBarsLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Value ticks as given, each with its grid line's y. */
  yTicks: { value: number; y: number }[];
  /** Every category's band centre at `x`; `labelX` (nudged inside the drawing) when it shows. */
  xTicks: { label: string; x: number; labelX: number | null }[];
  /** One bar for each category whose parts add up to more than zero. */
  bars: StackedBar[];
  /**
   * Where the value axis's title starts, turned a quarter anticlockwise about that point: inside
   * the axis's left edge, at the plot's middle (recharts' `insideLeft`).
   */
  valueTitle: { x: number; y: number };
}

/** The tallest stack: the value axis must reach it. */
export function largestStack(categories: readonly StackedCategory[]): number {
  let largest = 0;
  for (const category of categories) largest = Math.max(largest, stackTotal(category.values));
  return largest;
}

/**
 * The chart of `categories` (in axis order), `width` pixels wide, in `frame`, with the value
 * axis's `ticks` (ascending from its foot; the last is its top unless a stack is taller, as
 * recharts' automatic domain would reach the data).
 */
export function stackedBarsLayout(
  categories: readonly StackedCategory[],
  ticks: readonly number[],
  width: number,
  frame: StackedBarsFrame,
): StackedBarsLayout {
  const { height, margin } = frame;
  const plot = plotBox(frame, width);
  const low = ticks[0] ?? 0;
  const high = Math.max(ticks.at(-1) ?? 0, largestStack(categories));
  const y = (value: number) =>
    high === low
      ? plot.bottom
      : plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top);
  const band = categories.length === 0 ? 0 : (plot.right - plot.left) / categories.length;
  const gap = band * CATEGORY_GAP;
  const barWidth = barWidthIn(band, gap);
  const centres = categories.map((_, index) => plot.left + (index + 0.5) * band);
  const labels = preserveStartEndLabels(
    centres,
    categories.map((category) => labelWidth(category.label, TICK_FONT_SIZE)),
    0,
    width,
    LABEL_GAP,
  );
  const bars = categories.flatMap((category, index): StackedBar[] =>
    stackTotal(category.values) > 0
      ? [
          {
            category: index,
            x: plot.left + index * band + gap,
            width: barWidth,
            segments: segmentsOf(category.values, y),
          },
        ]
      : [],
  );
  return {
    width,
    height,
    plot,
    yTicks: ticks.map((value) => ({ value, y: y(value) })),
    xTicks: categories.map((category, index) => ({
      label: category.label,
      x: centres[index]!,
      labelX: labels[index]!,
    })),
    bars,
    valueTitle: { x: margin.left + TITLE_OFFSET, y: (plot.top + plot.bottom) / 2 },
  };
}

/**
 * recharts rounds a bar's width to whole pixels once it is over one, so a bar can be up to half a
 * pixel wider than its share of the band; it is held inside its band so bars never touch.
 */
function barWidthIn(band: number, gap: number): number {
  const share = band - 2 * gap;
  return share > 1 ? Math.min(Math.round(share), band - gap) : share;
}

/** Each part with a value, from the running total below it to the total with it. */
function segmentsOf(values: readonly number[], y: (value: number) => number): StackedSegment[] {
  const segments: StackedSegment[] = [];
  let below = 0;
  values.forEach((value, stack) => {
    if (!(value > 0)) return;
    const top = y(below + value);
    segments.push({ stack, value, y: top, height: y(below) - top });
    below += value;
  });
  return segments;
}

/** Parts below zero (or not numbers) count as none: a count of systems cannot be negative. */
function stackTotal(values: readonly number[]): number {
  let total = 0;
  for (const value of values) if (value > 0) total += value;
  return total;
}
