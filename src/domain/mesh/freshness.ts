/**
 * Freshness of a data product against its SLA: is the latest period that should be published by
 * now actually there? Periods are of the SLA's frequency (monthly: months, quarterly: quarters,
 * annual: financial years; period-due.ts). The reader's day is passed in (never read here), so
 * the same product reads the same on every machine and in tests.
 *
 * - A period's data is due `latencyDays` after the period's last day; it is late from the day
 *   after that.
 * - The period expected by now is the latest one whose due date has passed, but never one the
 *   reference product has not opened (open-periods.ts): a product cannot publish a period the
 *   platform has not opened.
 * - on time: the product's latest period is the expected one or later.
 * - late: the first missing period is overdue, but the period after it is not yet due.
 * - missed: the period after the first missing one is overdue too, so a whole period has passed
 *   since the data was due.
 * The first missing period is the one after the product's latest, or the first open period when
 * the product has none or its latest is older than the window.
 */
import { periodBounds, periodId, shiftPeriod } from '../periods/period';
import type { Period } from '../periods/period';
import type { Measurement, Observation } from '../feed/feed-schema';
import { comparePeriods, latestOfKind, openRange, periodOfDate } from './open-periods';
import type { OpenRange } from './open-periods';
import { SLA_PERIOD_KIND } from './period-due';
import type { ProductSla } from './product-schema';

export type FreshnessState = 'on-time' | 'late' | 'missed';

export interface Freshness {
  state: FreshnessState;
  /** The latest period due by today (null when none is due yet). */
  expected: string | null;
  /** The product's latest period of its SLA's kind with accepted rows (null when it has none). */
  latest: string | null;
  /** The first period overdue (late, missed), else null. */
  owed: string | null;
  /** The due date of the first missing period (late, missed) or of the next period (on time). */
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

export function dueDay(period: Period, sla: ProductSla): number {
  return dayNumber(periodBounds(period).end) + sla.latencyDays;
}

/** The latest period whose due date is before `today`, within the open range (or null). */
export function expectedPeriod(today: number, sla: ProductSla, open: OpenRange | null) {
  if (!open) return null;
  let period = periodOfDate(isoDateOf(today), SLA_PERIOD_KIND[sla.frequency]);
  // The SLA allows at most a year's latency, so at most thirteen steps back (months).
  while (dueDay(period, sla) >= today) period = shiftPeriod(period, -1);
  if (comparePeriods(period, open.first) < 0) return null;
  return comparePeriods(period, open.last) > 0 ? open.last : period;
}

/**
 * The latest period of the SLA's kind among the product's observations and measurements: a
 * monthly source product shows its months, a quarterly domain product its quarters.
 */
export function latestPublished(
  sla: ProductSla,
  observations: readonly Pick<Observation, 'period'>[],
  measurements: readonly Pick<Measurement, 'period'>[] = [],
): string | null {
  // Each distinct id parsed once: a product's thousands of rows share a dozen periods, and the
  // national page's roll-up judges every product in the task that draws the finished mesh.
  const periods = new Set<string>();
  for (const row of observations) periods.add(row.period);
  for (const row of measurements) periods.add(row.period);
  const latest = latestOfKind(periods, SLA_PERIOD_KIND[sla.frequency]);
  return latest && periodId(latest);
}

export interface FreshnessInput {
  sla: ProductSla;
  /** The product's latest period of its SLA's kind with accepted rows, or null. */
  latest: string | null;
  /** The reference product's quarters (any order). */
  openPeriods: readonly string[];
  /** Today, as an ISO date or date-time (the reader's clock, passed in). */
  today: string;
  /**
   * The last quarter the product's systems exist in (the ICB ended), or null while they go on. A
   * retired product is not late for periods after its systems ended.
   */
  activeUntil?: string | null;
}

export function freshness(input: FreshnessInput): Freshness {
  const { sla, latest, today } = input;
  const kind = SLA_PERIOD_KIND[sla.frequency];
  const open = openRange(kind, input.openPeriods, input.activeUntil ?? null);
  const day = dayNumber(today);
  const expected = expectedPeriod(day, sla, open);
  const latestPeriod = latestOfKind(latest === null ? [] : [latest], kind);
  const base = { expected: expected && periodId(expected), latest };
  if (!expected || (latestPeriod && comparePeriods(latestPeriod, expected) >= 0)) {
    const next = expected ? shiftPeriod(expected, 1) : (open?.first ?? null);
    const due = next ? dueDay(next, sla) : null;
    return {
      ...base,
      state: 'on-time',
      owed: null,
      dueDate: due === null ? null : isoDateOf(due),
      days: due === null ? null : due - day,
    };
  }
  const after = latestPeriod && shiftPeriod(latestPeriod, 1);
  const missing = after && comparePeriods(after, open!.first) > 0 ? after : open!.first;
  const due = dueDay(missing, sla);
  const followingOverdue = dueDay(shiftPeriod(missing, 1), sla) < day;
  return {
    ...base,
    state: followingOverdue ? 'missed' : 'late',
    owed: periodId(missing),
    dueDate: isoDateOf(due),
    days: day - due,
  };
}
