/**
 * One-sentence text summaries of the standards figures, for people in a hurry and for screen
 * readers: the chart and the table say the same, at length.
 */
import { yearEarlierId } from '../periods/period';
import { formatQuarter } from '../periods/quarter';
import type { StandardRow } from './standard-rows';
import type { StatusMixRow } from './standard-detail';

/** "Live in most systems": more than half of the systems that reported it are live. */
export const MOST_SYSTEMS = 0.5;
export const LEAST_ADOPTED_SHOWN = 3;

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The standards with the smallest share of systems live (then the lowest mean score, then name). */
export function leastAdopted(
  rows: readonly StandardRow[],
  count = LEAST_ADOPTED_SHOWN,
): StandardRow[] {
  return rows
    .filter((row) => row.shareLive !== null)
    .sort(
      (a, b) =>
        (a.shareLive ?? 0) - (b.shareLive ?? 0) ||
        (a.meanScore ?? 0) - (b.meanScore ?? 0) ||
        a.name.localeCompare(b.name, 'en-GB'),
    )
    .slice(0, count);
}

/** "In July to September 2026, 12 of 37 standards are live in most systems; the least adopted are …" */
export function standardsSummary(rows: readonly StandardRow[], period: string): string {
  const when = `In ${formatQuarter(period)}`;
  const least = leastAdopted(rows);
  if (least.length === 0) return `${when}, no system reported any standard.`;
  const most = rows.filter((row) => row.shareLive !== null && row.shareLive > MOST_SYSTEMS).length;
  const verb = most === 1 ? 'is' : 'are';
  const names = listInWords(least.map((row) => row.name));
  const leastText =
    least.length === 1 ? `the least adopted is ${names}` : `the least adopted are ${names}`;
  return `${when}, ${most} of ${rows.length} standards ${verb} live in most systems; ${leastText}.`;
}

/** "Live in 20 of the 36 systems that reported in July to September 2026, up from 8 of 42 a year earlier." */
export function statusMixSummary(rows: readonly StatusMixRow[], period: string): string {
  const now = rows.find((row) => row.period === period);
  if (!now || now.reported === 0)
    return `No system reported this standard in ${formatQuarter(period)}.`;
  const systems =
    now.reported === 1 ? 'the 1 system that reported' : `the ${now.reported} systems that reported`;
  const head = `Live in ${now.live} of ${systems} in ${formatQuarter(period)}`;
  const yearBefore = yearEarlierId(period);
  const then = rows.find((row) => row.period === yearBefore);
  if (!then || then.reported === 0) return `${head}.`;
  const was = `${then.live} of ${then.reported}`;
  if (now.live === then.live) return `${head}, the same number as a year earlier (${was}).`;
  return `${head}, ${now.live > then.live ? 'up' : 'down'} from ${was} a year earlier.`;
}
