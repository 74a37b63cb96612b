/** A straight line y = intercept + slope x, with the slope per unit of x. */
export interface StraightLine {
  intercept: number;
  slope: number;
}

export type FittedSegment = readonly [{ x: number; y: number }, { x: number; y: number }];

/**
 * The part of a fitted line a scatter draws: from the lowest x among the dots to the highest, so
 * the line never claims to hold beyond the data. Null when there is no line or fewer than two dots
 * (one dot has no spread to draw a line across).
 */
export function fittedSegment(
  xs: readonly number[],
  line: StraightLine | null,
): FittedSegment | null {
  if (!line || xs.length < 2) return null;
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  const at = (x: number) => line.intercept + line.slope * x;
  return [
    { x: low, y: at(low) },
    { x: high, y: at(high) },
  ];
}
