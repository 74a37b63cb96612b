/**
 * When a period's data is due under a product's SLA, for every SLA frequency (contract 1.2 added
 * monthly and annual): a month's data is due `latencyDays` after the month's last day, a
 * quarter's after the quarter's, a financial year's after its 31 March. Late from the day after.
 */
import { parsePeriod, periodBounds } from '../periods/period';
import type { PeriodKind } from '../periods/period';
import type { ProductSla } from './product-schema';

/** The kind of period a product publishes one at a time, by its SLA frequency. */
export const SLA_PERIOD_KIND: Record<ProductSla['frequency'], PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'financial-year',
};

/**
 * The ISO date the period's data is due, or null for a period that is malformed or of another
 * kind than the SLA publishes (a month under an annual SLA has no due date of its own).
 */
export function periodDueDate(periodId: string, sla: ProductSla): string | null {
  const period = parsePeriod(periodId);
  if (period === null || period.kind !== SLA_PERIOD_KIND[sla.frequency]) return null;
  // Calendar arithmetic in UTC: the end date at midnight plus whole days (freshness.ts uses this
  // module's kinds, so it cannot be imported back without a cycle).
  const end = Date.parse(`${periodBounds(period).end}T00:00:00Z`);
  return new Date(end + sla.latencyDays * 86_400_000).toISOString().slice(0, 10);
}
