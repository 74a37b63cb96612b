/**
 * Every number a reader sees, as text (screens, tooltips, accessible names, sentences) or as a CSV
 * cell, goes through these functions so the same value reads the same everywhere. All rounding is
 * `roundTo` (docs/numbers.md). Pure: the domain writes sentences with numbers too.
 */
import { roundTo } from './round';

/** A true minus sign (U+2212) for signed changes: screen readers say "minus", not "dash". */
export const MINUS = '\u2212';

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const percentFormats = new Map<number, Intl.NumberFormat>();

function percentFormat(decimals: number): Intl.NumberFormat {
  let format = percentFormats.get(decimals);
  if (!format) {
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    format = new Intl.NumberFormat('en-GB', digits);
    percentFormats.set(decimals, format);
  }
  return format;
}

/** A number to `decimals` places ("27.7", "-1.2", "63"); never "-0.0". */
export function formatFixed(value: number, decimals: number): string {
  return roundTo(value, decimals).toFixed(decimals);
}

/** A 0-100 score as a whole number ("63"): the data are not precise enough for decimals. */
export function formatScore(value: number | null | undefined, missing = 'No data'): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? missing
    : formatFixed(value, 0);
}

/** "+2.1", "−0.4", "0.0": a signed number with a true minus sign, and no sign on zero. */
export function formatSigned(value: number, decimals: number): string {
  const rounded = roundTo(value, decimals);
  const text = Math.abs(rounded).toFixed(decimals);
  if (rounded === 0) return text;
  return `${rounded > 0 ? '+' : MINUS}${text}`;
}

/** "+4.2 points", "−1.0 points", "No change" when it rounds to 0.0, "Not enough data" for none. */
export function formatChange(points: number | null | undefined): string {
  if (points === null || points === undefined || !Number.isFinite(points)) {
    return 'Not enough data';
  }
  if (roundTo(points, 1) === 0) return 'No change';
  return `${formatSigned(points, 1)} points`;
}

/** A difference in whole points: "1 point", "14 points". */
export function formatPoints(points: number): string {
  const rounded = formatFixed(points, 0);
  return `${rounded} ${rounded === '1' ? 'point' : 'points'}`;
}

/** A share of 1 as a percentage, "57%"; rounded like `csvPercent` so screen and CSV agree. */
export function formatPercent(share: number, decimals = 0): string {
  return `${percentFormat(decimals).format(roundTo(share * 100, decimals))}%`;
}

/** `formatPercent`, or `missing` when there is no share. */
export function formatShare(share: number | null | undefined, missing = 'No data'): string {
  return share === null || share === undefined || !Number.isFinite(share)
    ? missing
    : formatPercent(share);
}

/** A count the British way: "2,518,617". */
export function formatPopulation(value: number): string {
  return grouped.format(roundTo(value, 0));
}

/** A CSV cell: the number the screen shows at `decimals` places (a number, not text), or null. */
export function csvNumber(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined || !Number.isFinite(value)
    ? null
    : roundTo(value, decimals);
}

/** A share of 1 as a CSV percentage: 0.285 → 29, exactly what `formatPercent` shows. */
export function csvPercent(share: number | null | undefined, decimals = 0): number | null {
  return share === null || share === undefined || !Number.isFinite(share)
    ? null
    : roundTo(share * 100, decimals);
}
