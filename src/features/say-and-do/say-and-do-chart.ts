/** What the say-and-do scatter draws, kept apart from the drawing so holding its space loads nothing. */
export const SAY_DO_CHART_HEIGHT = 340;
/** Room under the plot for the axis words; they may wrap to two lines on a phone. */
export const SAY_DO_AXIS_TEXT = 56;

export interface SayDoScatterProps {
  points: readonly { code: string; measured: number; said: number; named: boolean }[];
  line: { slope: number; intercept: number } | null;
  /** The measure and its unit, under the horizontal axis. */
  xLabel: string;
  formatX: (value: number) => string;
}
