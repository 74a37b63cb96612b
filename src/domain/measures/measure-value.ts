/**
 * A measurement's value from its numerator and denominator, and how far a published value may be
 * from it. Publishers round their published values (to one or two decimals, or to 0.1%), so an
 * exact match would reject honest rows; 0.05% of the value (and one millionth for values near
 * zero) allows that rounding and still catches a value from another row or another scale.
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

/** max(1e-6, 0.0005 x |expected|): the stated tolerance of docs/feed-contract.md. */
export function valueTolerance(expected: number): number {
  return Math.max(1e-6, 0.0005 * Math.abs(expected));
}

export function valueAgrees(value: number, expected: number): boolean {
  return Math.abs(value - expected) <= valueTolerance(expected);
}
