import { monthLongLabel } from '../periods/month';
import type { WhatsNewEntry } from './whats-new-schema';

export interface MonthGroup {
  /** `2026-12`, for a heading id. */
  id: string;
  /** "December 2026". */
  label: string;
  entries: WhatsNewEntry[];
}

/** Entries grouped by the month they landed, newest month first, each month newest entry first. */
export function groupByMonth(entries: readonly WhatsNewEntry[]): MonthGroup[] {
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  const groups: MonthGroup[] = [];
  for (const entry of sorted) {
    const id = entry.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.id === id) {
      last.entries.push(entry);
    } else {
      const [year, month] = id.split('-').map(Number);
      groups.push({
        id,
        label: monthLongLabel({ kind: 'month', year: year!, month: month! }),
        entries: [entry],
      });
    }
  }
  return groups;
}
