/**
 * How far what systems say is from what they do. "Furthest apart" is defined by residuals from
 * an ordinary least-squares line of the self-reported score (up) on measured use (across): a
 * system's residual is its score minus the score the line predicts from its measured use, in
 * score points. Residuals rather than rank differences because they keep the size of the gap in
 * points a reader can weigh, and a line rather than raw differences because the two are on
 * different scales (a score of 0-100 against, say, users per 1,000 people).
 */
import type { SayDoPair } from './say-and-do-pairs';

/** Fewer pairs than this and no line is fitted and no system is named as an outlier. */
export const MIN_PAIRS_FOR_LINE = 5;
/** Fewer pairs than this and the correlation is not put into words: one system could swing it. */
export const MIN_PAIRS_FOR_CORRELATION = 10;
/** How many systems are named on each side of the line. */
export const FURTHEST_NAMED = 3;
/** A residual smaller than this is rounding, not a gap: such a system sits on the line. */
const ON_THE_LINE = 1e-9;

export interface SayDoPoint extends SayDoPair {
  /** Said minus the line's prediction, in score points; null when no line was fitted. */
  residual: number | null;
}

export interface SayDoFit {
  points: SayDoPoint[];
  /** said = intercept + slope x measured; null with too few pairs or no spread in measured use. */
  line: { slope: number; intercept: number } | null;
  /** Pearson's r; null below MIN_PAIRS_FOR_CORRELATION or when either value has no spread. */
  correlation: number | null;
  /** Largest positive residuals first: they say more than they do. */
  saysMore: SayDoPoint[];
  /** Largest negative residuals first: they do more than they say. */
  doesMore: SayDoPoint[];
}

function sums(pairs: readonly SayDoPair[]) {
  const n = pairs.length;
  const meanX = pairs.reduce((sum, p) => sum + p.measured, 0) / n;
  const meanY = pairs.reduce((sum, p) => sum + p.said, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pairs) {
    sxx += (p.measured - meanX) ** 2;
    syy += (p.said - meanY) ** 2;
    sxy += (p.measured - meanX) * (p.said - meanY);
  }
  return { meanX, meanY, sxx, syy, sxy };
}

function byResidual(points: readonly SayDoPoint[], sign: 1 | -1): SayDoPoint[] {
  return points
    .filter((p) => p.residual !== null && sign * p.residual > ON_THE_LINE)
    .sort((a, b) => sign * (b.residual! - a.residual!) || a.code.localeCompare(b.code))
    .slice(0, FURTHEST_NAMED);
}

export function fitSayDo(pairs: readonly SayDoPair[]): SayDoFit {
  const n = pairs.length;
  const { meanX, meanY, sxx, syy, sxy } =
    n > 0 ? sums(pairs) : { meanX: 0, meanY: 0, sxx: 0, syy: 0, sxy: 0 };
  const line =
    n >= MIN_PAIRS_FOR_LINE && sxx > 0
      ? { slope: sxy / sxx, intercept: meanY - (sxy / sxx) * meanX }
      : null;
  const correlation =
    n >= MIN_PAIRS_FOR_CORRELATION && sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
  const points = pairs.map((p) => ({
    ...p,
    residual: line ? p.said - (line.intercept + line.slope * p.measured) : null,
  }));
  return {
    points,
    line,
    correlation,
    saysMore: byResidual(points, 1),
    doesMore: byResidual(points, -1),
  };
}
