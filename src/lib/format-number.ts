const population = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

export function formatPopulation(value: number): string {
  return population.format(value);
}

export function formatPercent(share: number): string {
  return percent.format(share);
}
