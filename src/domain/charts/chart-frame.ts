/**
 * The frame of a chart drawn by hand as plain SVG (Divides, a profile's trends, a standard's status
 * mix), as recharts had it: margins round the drawing, a value axis down the left and a category
 * axis along the foot, the plot in between. One rule for the plot's box, so every hand-drawn chart
 * puts its plot where recharts did.
 */

export interface ChartFrame {
  /** The drawing's height, also the space held for it before its width is known. */
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The value axis's width, left of the plot. */
  yAxisWidth: number;
}

export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** recharts' category axis: 30 px tall. */
export const CATEGORY_AXIS_HEIGHT = 30;

/**
 * The plot of a drawing `width` pixels wide in `frame`: right of the value axis, above the
 * category axis, inside the margins; never turned inside out when the drawing is narrower or
 * shorter than its margins.
 */
export function plotBox(
  frame: ChartFrame,
  width: number,
  xAxisHeight: number = CATEGORY_AXIS_HEIGHT,
): PlotBox {
  const { margin, height } = frame;
  const left = margin.left + frame.yAxisWidth;
  return {
    left,
    right: Math.max(left, width - margin.right),
    top: margin.top,
    bottom: Math.max(margin.top, height - margin.bottom - xAxisHeight),
  };
}
