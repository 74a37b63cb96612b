/**
 * Colour classes for a map of 0-100 scores. The classes span the values actually shown (rounded
 * out to multiples of a "nice" step), so a map of scores between 78 and 92 does not paint every
 * area the same dark colour: the commonest complaint about national maps is a saturated scale.
 *
 * The palette is ColorBrewer YlGnBu: sequential, colour-blind safe, and readable in greyscale
 * (light to dark); the legend prints the numbers at each step, so colour is never the only cue.
 */
export const SEQUENTIAL_PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

export interface ColourBin {
  from: number;
  to: number;
  colour: string;
  /** "40 to 50"; the last class includes its upper end. */
  label: string;
}

const NICE_STEPS = [1, 2, 5, 10, 20, 25];

function niceStep(span: number, classes: number): number {
  const raw = span / classes;
  return NICE_STEPS.find((step) => step >= raw) ?? 25;
}

/** Equal-width classes with a nice step, covering every finite value given, clamped to 0-100. */
export function colourBins(values: readonly (number | null)[], classes = 5): ColourBin[] {
  const finite = values.filter(
    (value): value is number => value !== null && Number.isFinite(value),
  );
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const step = niceStep(Math.max(max - min, 1), classes);
  const start = Math.max(0, Math.floor(min / step) * step);
  const count = Math.max(1, Math.min(classes, Math.ceil((max - start) / step) || 1));
  const colours = SEQUENTIAL_PALETTE.slice(SEQUENTIAL_PALETTE.length - count);
  return colours.map((colour, index) => {
    const from = start + index * step;
    const to = Math.min(100, index === count - 1 ? Math.max(from + step, max) : from + step);
    return { from, to, colour, label: `${from} to ${Number(to.toFixed(1))}` };
  });
}

/** The class a value falls in (lower bound inclusive; the last class includes its top). */
export function binOf(bins: readonly ColourBin[], value: number | null): ColourBin | null {
  if (value === null || !Number.isFinite(value) || bins.length === 0) return null;
  const found = bins.find((bin) => value >= bin.from && value < bin.to);
  if (found) return found;
  const last = bins.at(-1);
  return last && value >= last.from && value <= last.to ? last : null;
}
