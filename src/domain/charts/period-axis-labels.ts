/**
 * The labels of a period axis as recharts' `interval="preserveStartEnd"` places them, for the
 * charts drawn by hand as plain SVG (Divides, the profile's trends, a standard's status mix): which
 * labels show, and where, without measuring text in the page.
 */

/** recharts' least gap between two axis labels when a chart does not set `minTickGap`. */
const MIN_TICK_GAP = 5;

/**
 * A label's width in pixels at `fontSize`: Arial's advance widths (the NHS.UK fallback font) for
 * the characters a quarter's label uses, and a generous 0.6 em for any other.
 */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (char >= '0' && char <= '9') em += 0.556;
    else if (char === '-') em += 0.333;
    else if (char === 'Q') em += 0.778;
    else if (char === ' ' || char === '.') em += 0.278;
    else em += 0.6;
  }
  return em * fontSize;
}

/**
 * recharts' `preserveStartEnd` between `start` and `end` (recharts uses the whole drawing's
 * width): the last label always (moved left if it would pass `end`), then from the first, each
 * label that clears the one before by `gap` (recharts' `minTickGap`, 5 by default) and does not
 * reach the last; the first label is moved right if it would pass `start`. Returns each label's
 * centre, or null when left out.
 */
export function preserveStartEndLabels(
  centres: readonly number[],
  widths: readonly number[],
  start: number,
  end: number,
  gap: number = MIN_TICK_GAP,
): (number | null)[] {
  const shown: (number | null)[] = centres.map(() => null);
  const n = centres.length;
  if (n === 0) return shown;
  const fits = (centre: number, size: number, from: number, to: number) =>
    centre >= from && centre <= to && centre - size / 2 >= from && centre + size / 2 <= to;
  let limit = end;
  const tailSize = widths[n - 1]!;
  const tailOver = centres[n - 1]! + tailSize / 2 - end;
  const tail = tailOver > 0 ? centres[n - 1]! - tailOver : centres[n - 1]!;
  if (fits(tail, tailSize, start, limit)) {
    shown[n - 1] = tail;
    limit = tail - (tailSize / 2 + gap);
  }
  let from = start;
  for (let i = 0; i < n - 1; i += 1) {
    const size = widths[i]!;
    let centre = centres[i]!;
    if (i === 0) {
      const over = centre - size / 2 - start;
      if (over < 0) centre -= over;
    }
    if (fits(centre, size, from, limit)) {
      shown[i] = centre;
      from = centre + size / 2 + gap;
    }
  }
  return shown;
}
