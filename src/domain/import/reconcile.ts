/**
 * Does the ICB table add up to the national table? For each month, the ICB rows plus "Unknown"
 * are summed and compared with the national figure. A month whose national column is missing, or
 * named twice (a mislabelled header), is reported as such rather than called reconciled.
 */
import type { IcbRow, UsageFigures } from './nhs-app-mi-tables';

export interface MonthReconciliation {
  month: string;
  icbTotal: UsageFigures;
  national: UsageFigures | null;
  /** national minus the ICB sum; null when there is no national figure. */
  difference: UsageFigures | null;
  /** The national figure came from a column headed with another month (a duplicated header). */
  mislabelled: boolean;
}

const sameFigures = (a: UsageFigures, b: UsageFigures) =>
  a.logins === b.logins && a.uniqueUsers === b.uniqueUsers;

export function sumByMonth(rows: readonly IcbRow[]): Map<string, UsageFigures> {
  const totals = new Map<string, UsageFigures>();
  for (const row of rows) {
    const total = totals.get(row.month) ?? { logins: 0, uniqueUsers: 0 };
    totals.set(row.month, {
      logins: total.logins + row.logins,
      uniqueUsers: total.uniqueUsers + row.uniqueUsers,
    });
  }
  return totals;
}

/**
 * Where a month has two national columns, the one equal to the ICB sum (if any) is compared. A
 * month with no column of its own is matched to a spare column of a duplicated header only when
 * the figures agree exactly, and is then flagged as mislabelled rather than silently reconciled.
 */
export function reconcileMonths(
  rows: readonly IcbRow[],
  national: ReadonlyMap<string, readonly UsageFigures[]>,
): MonthReconciliation[] {
  const spare = [...national.values()].filter((columns) => columns.length > 1).flat();
  return [...sumByMonth(rows)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, icbTotal]) => {
      const candidates = national.get(month) ?? [];
      const own = candidates.find((figures) => sameFigures(figures, icbTotal)) ?? candidates[0];
      const borrowed = own ? undefined : spare.find((figures) => sameFigures(figures, icbTotal));
      const chosen = own ?? borrowed;
      if (!chosen) return { month, icbTotal, national: null, difference: null, mislabelled: false };
      const difference = {
        logins: chosen.logins - icbTotal.logins,
        uniqueUsers: chosen.uniqueUsers - icbTotal.uniqueUsers,
      };
      return { month, icbTotal, national: chosen, difference, mislabelled: borrowed !== undefined };
    });
}
