/**
 * Fixed colour classes for maps of 0-100 scores: the same ten classes (0 to under 10 ... 90 to
 * 100) in every quarter and for every metric, so a colour means the same score whichever quarter
 * the period control shows and a system that improves never turns lighter. Classes that fitted
 * the values shown made the darkest blue mean 70-75 in one quarter and 90-95 in another.
 *
 * A value is classed by the whole number the reader sees (formatScore, which the map's labels,
 * tooltips and table use), so 79.6, shown as "80", is coloured "80 to under 90", and no area ever
 * shows a number outside its class's label. docs/maps-colour.md has the reasons.
 */
import { formatScore } from '../format/format-number';
import { SCORE_PALETTE } from './chart-theme';

export interface ColourBin {
  /** Lowest shown (rounded) value in the class. */
  from: number;
  /** The class holds shown values below this; the last class includes it. */
  to: number;
  colour: string;
  /** "80 to under 90"; the last class "90 to 100". */
  label: string;
}

/** The whole number a reader sees for a score: the number formatScore prints. */
export function shownScore(value: number): number {
  // Read back from the printed text, so the class and the printed number share one rounding rule.
  return Number(formatScore(value));
}

/** Classes between consecutive breaks, one colour each (breaks ascending, one more than colours). */
export function fixedClasses(breaks: readonly number[], colours: readonly string[]): ColourBin[] {
  return colours.map((colour, index) => {
    const from = breaks[index] ?? 0;
    const to = breaks[index + 1] ?? from;
    const last = index === colours.length - 1;
    return { from, to, colour, label: last ? `${from} to ${to}` : `${from} to under ${to}` };
  });
}

/** Score classes of width 10 from 0 to 100, for every 0-100 map (overall, category, standard). */
export const SCORE_CLASSES: readonly ColourBin[] = fixedClasses(
  SCORE_PALETTE.map((_, index) => index * 10).concat(100),
  SCORE_PALETTE,
);

/**
 * The class a value falls in, judged on its shown (rounded) value: lower bound inclusive, upper
 * exclusive, the last class including its top. Null for a missing or non-finite value, and for
 * one outside every class (scores stay in 0-100, so that means a bug, not a colour).
 */
export function binOf(bins: readonly ColourBin[], value: number | null): ColourBin | null {
  if (value === null || !Number.isFinite(value)) return null;
  const shown = shownScore(value);
  const found = bins.find((bin) => shown >= bin.from && shown < bin.to);
  if (found) return found;
  const last = bins.at(-1);
  return last && shown >= last.from && shown <= last.to ? last : null;
}

/** How many values fall in each class, in the order of `bins` (empty classes count 0). */
export function binCounts(
  bins: readonly ColourBin[],
  values: readonly (number | null)[],
): number[] {
  const counts = bins.map(() => 0);
  for (const value of values) {
    const bin = binOf(bins, value);
    const index = bin ? bins.indexOf(bin) : -1;
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
