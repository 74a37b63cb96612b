import type { DivideTrend } from '../../domain/divides/widening';
import { capitalise } from '../../domain/format/capitalise';
import { formatFixed, formatSigned } from '../../domain/format/format-number';

/** A formatter that shows an en dash for no value (null, undefined, NaN or infinite). */
const orDash =
  (format: (value: number, digits: number) => string) =>
  (value: number | null | undefined, digits: number): string =>
    value === null || value === undefined || !Number.isFinite(value) ? '–' : format(value, digits);

/** A number to `digits` places, or an en dash for none; never "-0.0". */
export const fixed = orDash(formatFixed);

/** "+2.1", "−0.4": a signed change a year, with a true minus sign. */
export const signed = orDash(formatSigned);

/** `fixed` and `signed` with their places set, for a table column's formatter. */
export const fixedTo = (digits: number) => (value: number | null | undefined) =>
  fixed(value, digits);
export const signedTo = (digits: number) => (value: number | null | undefined) =>
  signed(value, digits);

export function verdictText(trend: DivideTrend | null): string {
  if (!trend) return 'no data';
  if (trend.verdict === 'too few quarters') return 'too few quarters to judge (5 needed)';
  return trend.verdict;
}

/**
 * " Based on 48 of 50 data products: systems whose product gave no data are left out." for a
 * summary, from the shared basedOnProducts words; "" when every product gave data.
 */
export function basisNote(basis: string | null): string {
  return basis ? ` ${capitalise(basis)}: systems whose product gave no data are left out.` : '';
}
