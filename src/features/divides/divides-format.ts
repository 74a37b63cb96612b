import type { DivideTrend } from '../../domain/divides/widening';
import { formatFixed, formatSigned } from '../../domain/format/format-number';

/** A number to `digits` places, or an en dash for none; never "-0.0". */
export function fixed(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatFixed(value, digits);
}

/** `fixed` with its places set, for a table column's formatter. */
export const fixedTo =
  (digits: number) =>
  (value: number | null | undefined): string =>
    fixed(value, digits);

/** "+2.1", "−0.4": a signed change a year, with a true minus sign. */
export function signed(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return formatSigned(value, digits);
}

/** `signed` with its places set, for a table column's formatter. */
export const signedTo =
  (digits: number) =>
  (value: number | null | undefined): string =>
    signed(value, digits);

export function verdictText(trend: DivideTrend | null): string {
  if (!trend) return 'no data';
  if (trend.verdict === 'too few quarters') return 'too few quarters to judge (5 needed)';
  return trend.verdict;
}
