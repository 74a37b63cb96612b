import { formatPercent } from '../../domain/format/format-number';

/** Scores are shown as whole points: the data are not precise enough for decimals. */
export function formatScore(score: number | null): string {
  return score === null ? 'No data' : String(Math.round(score));
}

/** "1 point", "14 points". */
export function formatPoints(points: number): string {
  const rounded = Math.round(points);
  return `${rounded} ${rounded === 1 ? 'point' : 'points'}`;
}

export function formatShare(share: number | null): string {
  return share === null ? 'No data' : formatPercent(share);
}

/** "56% (20 of 36)". */
export function formatLive(live: number, reporting: number, share: number | null): string {
  return share === null ? 'No data' : `${formatPercent(share)} (${live} of ${reporting})`;
}

/** "30 to 80". */
export function formatRange(low: number | null, high: number | null): string {
  if (low === null || high === null) return 'No data';
  return `${formatScore(low)} to ${formatScore(high)}`;
}
