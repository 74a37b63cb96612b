/**
 * Calendar quarters ("2026-Q2"): the one place that knows how a quarter is written, counted and
 * named. Every other module asks here rather than matching the text itself.
 */
import type { PeriodBounds } from './period-bounds';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  kind: 'quarter';
  year: number;
  quarter: QuarterNumber;
}

/** The feed's geography and validity code speaks of a quarter's bounds. */
export type QuarterBounds = PeriodBounds;

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];
const LONG_NAMES = [
  'January to March',
  'April to June',
  'July to September',
  'October to December',
];
const SHORT_NAMES = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'];

export function parseQuarter(id: string): Quarter | null {
  const match = QUARTER_PATTERN.exec(id);
  if (!match) return null;
  return { kind: 'quarter', year: Number(match[1]), quarter: Number(match[2]) as QuarterNumber };
}

export function quarterId(quarter: Pick<Quarter, 'year' | 'quarter'>): string {
  return `${String(quarter.year).padStart(4, '0')}-Q${quarter.quarter}`;
}

/** Quarters as consecutive integers (2025-Q4 then 2026-Q1 are n and n + 1), for arithmetic. */
export function quarterOrdinal(quarter: Pick<Quarter, 'year' | 'quarter'>): number {
  return quarter.year * 4 + quarter.quarter - 1;
}

export function quarterFromOrdinal(ordinal: number): Quarter {
  const quarter = ((ordinal % 4) + 4) % 4;
  return {
    kind: 'quarter',
    year: (ordinal - quarter) / 4,
    quarter: (quarter + 1) as QuarterNumber,
  };
}

/** The quarter's ordinal (see quarterOrdinal), or null for text that is not a quarter. */
export function quarterIndex(id: string): number | null {
  const quarter = parseQuarter(id);
  return quarter ? quarterOrdinal(quarter) : null;
}

/** Every quarter id from `first` to `last`, both included; empty when either is not a quarter. */
export function quarterRange(first: string, last: string): string[] {
  const from = quarterIndex(first);
  const to = quarterIndex(last);
  if (from === null || to === null) return [];
  const ids: string[] = [];
  for (let ordinal = from; ordinal <= to; ordinal += 1)
    ids.push(quarterId(quarterFromOrdinal(ordinal)));
  return ids;
}

export function shiftQuarter(quarter: Quarter, by: number): Quarter {
  return quarterFromOrdinal(quarterOrdinal(quarter) + by);
}

export function quarterBoundsOf(quarter: Quarter): PeriodBounds {
  const year = String(quarter.year).padStart(4, '0');
  const startMonth = String((quarter.quarter - 1) * 3 + 1).padStart(2, '0');
  return { start: `${year}-${startMonth}-01`, end: `${year}-${LAST_DAY[quarter.quarter - 1]}` };
}

/** The first and last day of a quarter such as `2026-Q2` (1 April to 30 June), or null. */
export function quarterBounds(id: string): PeriodBounds | null {
  const quarter = parseQuarter(id);
  return quarter ? quarterBoundsOf(quarter) : null;
}

export function quarterLongLabel(quarter: Quarter): string {
  return `${LONG_NAMES[quarter.quarter - 1]} ${quarter.year}`;
}

/**
 * Months, not "Q3": the NHS financial year starts in April, so a bare quarter number would be
 * read two ways.
 */
export function quarterShortLabel(quarter: Quarter): string {
  return `${SHORT_NAMES[quarter.quarter - 1]} ${quarter.year}`;
}

/** `2026-Q2` reads "April to June 2026"; text that is not a quarter is returned as it is. */
export function formatQuarter(id: string): string {
  const quarter = parseQuarter(id);
  return quarter ? quarterLongLabel(quarter) : id;
}

/** `2026-Q3` reads "Jul–Sep 2026", for chart axes; text that is not a quarter is returned as it is. */
export function shortQuarterLabel(id: string): string {
  const quarter = parseQuarter(id);
  return quarter ? quarterShortLabel(quarter) : id;
}
