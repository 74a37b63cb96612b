/**
 * The arithmetic at the heart of the method, shared by scoreFeed and the rank-interval draws so a
 * system's overall score is computed the same way, bit for bit, in both.
 */
import { tidy } from './precision';

/**
 * For one system (the row starting at `offset`), per category: the weighted sum of its reported
 * standard scores (`sums`) and the weight reported (`reported`). Missing scores (NaN) and
 * switched-off standards add nothing to either, so missing data is never read as zero.
 */
export function sumCategories(
  scores: Float64Array,
  offset: number,
  standardCategory: Int32Array,
  standardWeights: Float64Array,
  sums: Float64Array,
  reported: Float64Array,
): void {
  for (let c = 0; c < sums.length; c++) {
    sums[c] = 0;
    reported[c] = 0;
  }
  const count = standardWeights.length;
  for (let s = 0; s < count; s++) {
    const weight = standardWeights[s]!;
    if (weight === 0) continue;
    const score = scores[offset + s]!;
    if (score !== score) continue; // NaN: not reported
    const category = standardCategory[s]!;
    sums[category]! += weight * score;
    reported[category]! += weight;
  }
}

/**
 * Weighted mean of the category scores over categories with a score and a weight; NaN when there
 * are none (nothing reported, or everything reported is switched off).
 */
export function overallOf(
  sums: Float64Array,
  reported: Float64Array,
  categoryWeights: Float64Array,
): number {
  let total = 0;
  let weight = 0;
  const count = categoryWeights.length;
  for (let c = 0; c < count; c++) {
    const w = categoryWeights[c]!;
    const r = reported[c]!;
    if (w === 0 || r === 0) continue;
    total += w * (sums[c]! / r);
    weight += w;
  }
  return weight > 0 ? tidy(total / weight) : Number.NaN;
}
