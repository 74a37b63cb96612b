/**
 * Scores are kept to 9 decimal places: far beyond anything shown, and enough to remove
 * floating-point noise, so systems with the same data tie exactly and a system live on everything
 * scores exactly 100 whatever the weights.
 */
export function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
