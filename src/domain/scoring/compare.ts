/**
 * Higher / Similar / Lower against a benchmark (England, the region, a peer group). The scores are
 * not sample estimates, so there is no confidence interval to test against; instead a fixed margin
 * says what difference is worth a word. Five points is, on a category score, one standard in four
 * moving from planned (10) to piloting (30): a change a digital lead would recognise as real.
 */
import { tidy } from './precision';

export type Comparison = 'higher' | 'similar' | 'lower';

/** Differences of this many points or fewer are "similar". */
export const SIMILAR_WITHIN_POINTS = 5;

export function compareScore(value: number | null, reference: number | null): Comparison | null {
  if (value === null || reference === null) return null;
  if (!Number.isFinite(value) || !Number.isFinite(reference)) return null;
  // Tidied so that 70.1 against 65.1 (5.000000000000007 in floating point) reads as similar.
  const difference = tidy(value - reference);
  if (difference > SIMILAR_WITHIN_POINTS) return 'higher';
  if (difference < -SIMILAR_WITHIN_POINTS) return 'lower';
  return 'similar';
}
