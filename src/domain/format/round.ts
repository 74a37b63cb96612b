/**
 * The one rounding rule for every number a reader sees (docs/numbers.md): round half away from zero,
 * applied to the decimal value the computation meant rather than to its binary approximation.
 * 27.65 is stored as 27.6499999…; `toFixed(1)` gives 27.6 and `Math.round(x * 10) / 10` gives
 * 27.7, so screens using one and CSVs using the other disagreed. Reading the value to 15
 * significant digits first (all a double holds reliably) recovers 27.65, which then rounds to 27.7.
 */

/** Significant digits a double carries faithfully; digits past these are representation noise. */
const SIGNIFICANT_DIGITS = 15;
/** From here up a double has no fractional part and `toPrecision(15)` would drop integer digits. */
const WHOLE_FROM = 1e15;

function decimalOf(value: number): number {
  return Math.abs(value) < WHOLE_FROM ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : value;
}

/**
 * `value` to `decimals` places, half away from zero: 27.65 → 27.7, −0.25 → −0.3, 0.285 at 2 → 0.29.
 * Never returns −0, so no text built from it reads "-0.0". Non-finite values come back unchanged.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** decimals;
  // Scaling can add noise of its own (1.005 * 100 is 100.49999…), so read the decimal again.
  const scaled = decimalOf(Math.abs(decimalOf(value)) * scale);
  const magnitude = Math.floor(scaled + 0.5) / scale;
  // Adding 0 turns −0 into 0.
  return (value < 0 ? -magnitude : magnitude) + 0;
}
