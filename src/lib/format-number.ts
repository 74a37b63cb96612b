const population = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

export function formatPopulation(value: number): string {
  return population.format(value);
}

export function formatPercent(share: number): string {
  return percent.format(share);
}

/** "+4.2 points", "−1.0 points" (a true minus sign), "no data" for a missing change. */
export function formatChange(points: number | null): string {
  if (points === null || !Number.isFinite(points)) return 'Not enough data';
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return 'No change';
  const sign = rounded > 0 ? '+' : '−';
  return `${sign}${Math.abs(rounded).toFixed(1)} points`;
}
