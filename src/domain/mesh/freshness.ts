/**
 * Freshness of a data product against its SLA: is the latest quarter that should be published by
 * now actually there? The reader's day is passed in (never read here), so the same product reads
 * the same on every machine and in tests.
 *
 * - A quarter's data is due `latencyDays` after the quarter's last day; it is late from the day
 *   after that.
 * - The quarter expected by now is the latest one whose due date has passed, but never one the
 *   reference product does not list yet: a product cannot publish a period the platform has not
 *   opened.
 * - on time: the product's latest quarter is the expected one or later.
 * - late: the first missing quarter is overdue, but the quarter after it is not yet due.
 * - missed: the quarter after the first missing one is overdue too, so a whole period has passed
 *   since the data was due.
 */
import { parseQuarter, quarterBoundsOf, quarterId, shiftQuarter } from '../periods/quarter';
import type { Quarter } from '../periods/quarter';
import type { ProductSla } from './product-schema';

export type FreshnessState = 'on-time' | 'late' | 'missed';

export interface Freshness {
  state: FreshnessState;
  /** The latest quarter due by today (null when none is due yet). */
  expected: string | null;
  /** The product's latest quarter with accepted rows (null when it has none). */
  latest: string | null;
  /** The first quarter overdue (late, missed), else null. */
  owed: string | null;
  /** The due date of the first missing quarter (late, missed) or of the next quarter (on time). */
  dueDate: string | null;
  /** Days past `dueDate` (late, missed); days until it (on time); null when nothing is due. */
  days: number | null;
}

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 for an ISO date (or the date part of an ISO date-time), in UTC. */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dueDay(quarter: Quarter, sla: ProductSla): number {
  return dayNumber(quarterBoundsOf(quarter).end) + sla.latencyDays;
}

/** The latest quarter whose due date is before `today`, within the open quarters (or null). */
export function expectedQuarter(
  today: number,
  sla: ProductSla,
  firstOpen: Quarter | null,
  lastOpen: Quarter | null,
): Quarter | null {
  if (!firstOpen || !lastOpen) return null;
  const date = isoDateOf(today);
  let quarter: Quarter = {
    kind: 'quarter',
    year: Number(date.slice(0, 4)),
    quarter: (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter['quarter'],
  };
  // The SLA allows at most a year's latency, so at most five steps back.
  while (dueDay(quarter, sla) >= today) quarter = shiftQuarter(quarter, -1);
  if (compare(quarter, firstOpen) < 0) return null;
  return compare(quarter, lastOpen) > 0 ? lastOpen : quarter;
}

function compare(a: Quarter, b: Quarter): number {
  return a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
}

export interface FreshnessInput {
  sla: ProductSla;
  /** The product's latest quarter with accepted rows, or null. */
  latest: string | null;
  /** The reference product's quarters (any order). */
  openPeriods: readonly string[];
  /** Today, as an ISO date or date-time (the reader's clock, passed in). */
  today: string;
  /**
   * The last quarter the product's systems exist in (the ICB ended), or null while they go on. A
   * retired product is not late for quarters after its systems ended.
   */
  activeUntil?: string | null;
}

export function freshness({
  sla,
  latest,
  openPeriods,
  today,
  activeUntil = null,
}: FreshnessInput): Freshness {
  const until = activeUntil === null ? null : parseQuarter(activeUntil);
  const open = openPeriods
    .map(parseQuarter)
    .filter((q): q is Quarter => q !== null && (until === null || compare(q, until) <= 0));
  const lastOpen = open.reduce<Quarter | null>(
    (last, q) => (last === null || compare(q, last) > 0 ? q : last),
    null,
  );
  const firstOpen = open.reduce<Quarter | null>(
    (first, q) => (first === null || compare(q, first) < 0 ? q : first),
    null,
  );
  const day = dayNumber(today);
  const expected = expectedQuarter(day, sla, firstOpen, lastOpen);
  const latestQuarter = latest === null ? null : parseQuarter(latest);
  const base = { expected: expected && quarterId(expected), latest };
  if (!expected || (latestQuarter && compare(latestQuarter, expected) >= 0)) {
    const next = expected ? shiftQuarter(expected, 1) : firstOpen;
    const due = next ? dueDay(next, sla) : null;
    return {
      ...base,
      state: 'on-time',
      owed: null,
      dueDate: due === null ? null : isoDateOf(due),
      days: due === null ? null : due - day,
    };
  }
  const missing = latestQuarter ? shiftQuarter(latestQuarter, 1) : (firstOpen ?? expected);
  const due = dueDay(missing, sla);
  const followingOverdue = dueDay(shiftQuarter(missing, 1), sla) < day;
  return {
    ...base,
    state: followingOverdue ? 'missed' : 'late',
    owed: quarterId(missing),
    dueDate: isoDateOf(due),
    days: day - due,
  };
}
