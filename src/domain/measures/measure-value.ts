/**
 * A measurement's value from its numerator and denominator, and how far a published value may be
 * from it. Publishers round their published values to a number of decimals (a share to 0.667 or
 * to a whole percent, 0.67; a rate per 1,000 to 312), so an exact match would reject honest rows.
 * The tolerance is the largest of:
 * - one millionth, for values near zero;
 * - 0.05% of the expected value, for values written with many decimals;
 * - half a unit in the value's last written decimal (0.0005 for 0.667, 0.5 for 312), the most
 *   that rounding to that many decimals can move a value, but never more than 1% of the expected
 *   value, so a share written as 0 or 1, or a rate written as a round number far from its
 *   numbers, is still caught, as is a value from another row or on another scale.
 */
import type { Measure } from '../feed/feed-schema';

type MeasureRule = Pick<Measure, 'kind' | 'scale'>;

/** numerator / denominator x scale for a share or a rate; the numerator itself for a count. */
export function expectedValue(
  measure: MeasureRule,
  numerator: number,
  denominator: number | undefined,
): number {
  if (measure.kind === 'count' || denominator === undefined) return numerator;
  return (numerator / denominator) * measure.scale;
}

/** Decimals as the number is written in JSON (0.667 -> 3, 312 -> 0, 1.5e-7 -> 8). */
export function writtenDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

/**
 * max(1e-6, 0.0005 x |expected|, min(half a unit in the published value's last decimal,
 * 0.01 x |expected|)): the stated tolerance of docs/feed-contract.md. Without a published value,
 * only the first two.
 */
export function valueTolerance(expected: number, published?: number): number {
  const relative = Math.max(1e-6, 0.0005 * Math.abs(expected));
  if (published === undefined) return relative;
  const halfUnit = 0.5 * 10 ** -writtenDecimals(published);
  return Math.max(relative, Math.min(halfUnit, 0.01 * Math.abs(expected)));
}

export function valueAgrees(value: number, expected: number): boolean {
  return Math.abs(value - expected) <= valueTolerance(expected, value);
}
