import { formatPercent, formatScore } from '../../domain/format/format-number';

/** "56% (20 of 36)". */
export function formatLive(live: number, reporting: number, share: number | null): string {
  return share === null ? 'No data' : `${formatPercent(share)} (${live} of ${reporting})`;
}

/** "30 to 80". */
export function formatRange(low: number | null, high: number | null): string {
  if (low === null || high === null) return 'No data';
  return `${formatScore(low)} to ${formatScore(high)}`;
}
