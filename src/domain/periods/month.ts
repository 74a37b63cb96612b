/**
 * Calendar months ("2026-04"), for measured-use data. Kept beside quarters so that a month is
 * counted, shifted and named by the same rules in every view.
 */
import type { PeriodBounds } from './period-bounds';

export interface Month {
  kind: 'month';
  year: number;
  /** 1 (January) to 12 (December). */
  month: number;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Month names, January first: the one list for periods and dates alike. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function parseMonth(id: string): Month | null {
  const match = MONTH_PATTERN.exec(id);
  return match ? { kind: 'month', year: Number(match[1]), month: Number(match[2]) } : null;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function monthId(month: Month): string {
  return `${pad(month.year, 4)}-${pad(month.month, 2)}`;
}

export function monthOrdinal(month: Month): number {
  return month.year * 12 + month.month - 1;
}

export function shiftMonth(month: Month, by: number): Month {
  const ordinal = monthOrdinal(month) + by;
  const index = ((ordinal % 12) + 12) % 12;
  return { kind: 'month', year: (ordinal - index) / 12, month: index + 1 };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: Month): number {
  if (month.month === 2) return isLeapYear(month.year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month.month) ? 30 : 31;
}

export function monthBounds(month: Month): PeriodBounds {
  const prefix = monthId(month);
  return { start: `${prefix}-01`, end: `${prefix}-${pad(daysIn(month), 2)}` };
}

/** "April 2026". */
export function monthLongLabel(month: Month): string {
  return `${MONTH_NAMES[month.month - 1]} ${month.year}`;
}

/** "Apr 2026", for chart axes. */
export function monthShortLabel(month: Month): string {
  return `${MONTH_NAMES[month.month - 1]!.slice(0, 3)} ${month.year}`;
}
