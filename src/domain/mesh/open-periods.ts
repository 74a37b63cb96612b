/**
 * Which periods of a product's kind the platform has opened. The reference product lists
 * quarters; a month or a financial year is open when it ENDS within them (from the first open
 * quarter's first day to the last open quarter's last day, or the quarter the product's systems
 * ended in, if earlier). So with 2024-Q1 to 2026-Q3 open, 2024-01 to 2026-09 are open months and
 * 2023/24 to 2025/26 the open financial years: 2026/27 ends after the window and is not yet asked
 * for. The clock is never read: the day is passed in.
 */
import { parsePeriod, periodBounds, periodOrdinal, shiftPeriod } from '../periods/period';
import type { Period, PeriodKind } from '../periods/period';
import { parseQuarter, quarterBoundsOf } from '../periods/quarter';

export interface OpenRange {
  first: Period;
  last: Period;
}

/** The period of the kind that holds an ISO date. */
export function periodOfDate(isoDate: string, kind: PeriodKind): Period {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (kind === 'month') return { kind, year, month };
  if (kind === 'financial-year') return { kind, startYear: month >= 4 ? year : year - 1 };
  return { kind, year, quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** Positive when a is later; both of one kind. */
export const comparePeriods = (a: Period, b: Period) => periodOrdinal(a) - periodOrdinal(b);

function windowOf(openQuarters: readonly string[], activeUntil: string | null) {
  const until = activeUntil === null ? null : parseQuarter(activeUntil);
  const bounds = openQuarters
    .map(parseQuarter)
    .filter((q) => q !== null)
    .filter((q) => until === null || periodOrdinal(q) <= periodOrdinal(until))
    .map(quarterBoundsOf);
  if (bounds.length === 0) return null;
  const start = bounds.reduce((min, b) => (b.start < min ? b.start : min), bounds[0]!.start);
  const end = bounds.reduce((max, b) => (b.end > max ? b.end : max), bounds[0]!.end);
  return { start, end };
}

/** The first and last open period of the kind, or null when none ends within the window. */
export function openRange(
  kind: PeriodKind,
  openQuarters: readonly string[],
  activeUntil: string | null = null,
): OpenRange | null {
  const window = windowOf(openQuarters, activeUntil);
  if (window === null) return null;
  const first = periodOfDate(window.start, kind);
  const holdingEnd = periodOfDate(window.end, kind);
  const last = periodBounds(holdingEnd).end > window.end ? shiftPeriod(holdingEnd, -1) : holdingEnd;
  return comparePeriods(last, first) < 0 ? null : { first, last };
}

/** The latest of the ids that are periods of the kind, or null: other kinds are not compared. */
export function latestOfKind(ids: Iterable<string>, kind: PeriodKind): Period | null {
  let latest: Period | null = null;
  for (const id of ids) {
    const period = parsePeriod(id);
    if (period?.kind !== kind) continue;
    if (latest === null || comparePeriods(period, latest) > 0) latest = period;
  }
  return latest;
}
