/**
 * A measure's own fixed colour classes: five classes of one round width covering every value the
 * measure has in any period, so a colour means the same value in every month (as the score maps'
 * classes do, docs/maps-colour.md) and a system that grows never turns lighter. A measure's scale
 * is its own: 0-100 score classes would put every rate per 1,000 in the top class.
 */
import { SCORE_PALETTE } from '../charts/chart-theme';
import type { ColourBin } from '../charts/colour-bins';
import type { Measure } from '../feed/feed-schema';
import { formatMeasureNumber } from './measure-format';

/** Five colours spread over the score palette, light to dark. */
export const MEASURE_PALETTE: readonly string[] = [1, 3, 5, 7, 9].map(
  (index) => SCORE_PALETTE[index] ?? '#000000',
);

/** The smallest round width (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  // Published values carry a few decimals at most: a class narrower than 1e-9 is no use.
  const wanted = Math.max(raw, 1e-9);
  const power = 10 ** Math.floor(Math.log10(wanted));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= wanted * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * Classes from a round number at or below the smallest value to one above the largest, lower bound
 * included and upper excluded (the last includes its top). Empty for no values.
 */
export function measureBins(
  measure: Pick<Measure, 'kind'>,
  values: readonly number[],
): ColourBin[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const count = MEASURE_PALETTE.length;
  let step = niceStep((max - min) / count || Math.abs(max) / count || 1);
  let from = Math.floor(min / step) * step;
  // The floor may push the top out of five classes: widen until it fits.
  while (from + step * count <= max) {
    step = niceStep(step * 1.01);
    from = Math.floor(min / step) * step;
  }
  const text = (value: number) => formatMeasureNumber(measure, value);
  return MEASURE_PALETTE.map((colour, index) => {
    // Rounded so that 0.1 x 3 is 0.3, not 0.30000000000000004.
    const low = Number((from + step * index).toPrecision(12));
    const high = Number((from + step * (index + 1)).toPrecision(12));
    const last = index === count - 1;
    return {
      from: low,
      to: high,
      colour,
      label: last ? `${text(low)} to ${text(high)}` : `${text(low)} to under ${text(high)}`,
    };
  });
}

/** The class of a value, or null for none (a value outside every class is a bug, not a colour). */
export function measureBinOf(bins: readonly ColourBin[], value: number | null): ColourBin | null {
  if (value === null || !Number.isFinite(value)) return null;
  const last = bins.at(-1);
  if (last && value === last.to) return last;
  return bins.find((bin) => value >= bin.from && value < bin.to) ?? null;
}
