/**
 * Summing rows into one figure per key (a system and period): numerators and denominators are
 * summed before any division, so a rate or share of an ICB is its practices' totals divided, never
 * a mean of practice percentages.
 */
export interface Tally {
  numerator: number;
  denominator: number;
  rows: number;
}

export function rollUp<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  figures: (row: T) => { numerator: number; denominator: number } | null,
): Map<string, Tally> {
  const totals = new Map<string, Tally>();
  for (const row of rows) {
    const figure = figures(row);
    if (!figure) continue;
    const key = keyOf(row);
    const tally = totals.get(key) ?? { numerator: 0, denominator: 0, rows: 0 };
    tally.numerator += figure.numerator;
    tally.denominator += figure.denominator;
    tally.rows += 1;
    totals.set(key, tally);
  }
  return totals;
}
