import type { PeriodId } from '../feed/feed-schema';

export interface QuarterBounds {
  /** First day, ISO date. */
  start: string;
  /** Last day, ISO date. */
  end: string;
}

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** The first and last day of a quarter such as `2026-Q2` (1 April to 30 June), or null. */
export function quarterBounds(period: string): QuarterBounds | null {
  const match = QUARTER_PATTERN.exec(period);
  if (!match) return null;
  const [, year, q] = match;
  const quarter = Number(q);
  const startMonth = String((quarter - 1) * 3 + 1).padStart(2, '0');
  return { start: `${year}-${startMonth}-01`, end: `${year}-${LAST_DAY[quarter - 1]}` };
}

/** `2026-Q2` reads "April to June 2026". */
export function formatQuarter(period: PeriodId): string {
  const match = QUARTER_PATTERN.exec(period);
  if (!match) return period;
  const names = ['January to March', 'April to June', 'July to September', 'October to December'];
  return `${names[Number(match[2]) - 1]} ${match[1]}`;
}
