import type { Freshness } from '../../../domain/mesh/freshness';
import { formatPeriod } from '../../../domain/periods/period';
import { formatIsoDate } from '../../../lib/format-date';

const days = (n: number | null) => `${n ?? 0} day${n === 1 ? '' : 's'}`;

/** "On time", "Late: July to September 2026 is 6 days overdue", or why it cannot be judged. */
export function freshnessText(freshness: Freshness | null): string {
  if (freshness === null) return 'Cannot be judged: the product was not read';
  if (freshness.state === 'on-time') {
    return freshness.dueDate ? `On time (next due ${formatIsoDate(freshness.dueDate)})` : 'On time';
  }
  const word = freshness.state === 'late' ? 'Late' : 'Missed';
  return `${word}: ${formatPeriod(freshness.owed ?? '')} is ${days(freshness.days)} overdue`;
}

/** The board's short form: "On time", "Late, 6 days", "Missed, 98 days". */
export function freshnessShort(freshness: Freshness | null): string {
  if (freshness === null) return 'Not read';
  if (freshness.state === 'on-time') return 'On time';
  return `${freshness.state === 'late' ? 'Late' : 'Missed'}, ${days(freshness.days)}`;
}
