/** What the say-and-do scatter draws, kept apart from the drawing so holding its space loads nothing. */
export const SAY_DO_CHART_HEIGHT = 340;

export interface SayDoScatterProps {
  points: readonly { code: string; measured: number; said: number; named: boolean }[];
  line: { slope: number; intercept: number } | null;
  /** The measure and its unit, under the horizontal axis. */
  xLabel: string;
  formatX: (value: number) => string;
}
