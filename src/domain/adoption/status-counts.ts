import type { AdoptionStatus, Observation } from '../feed/feed-schema';

export const ADOPTION_STATUSES: readonly AdoptionStatus[] = [
  'not-started',
  'planned',
  'piloting',
  'partial',
  'live',
];

export const STATUS_LABELS: Record<AdoptionStatus, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  piloting: 'Piloting',
  partial: 'Partly live',
  live: 'Live',
};

export type StatusCounts = Record<AdoptionStatus, number> & { reported: number };

/** How many systems reported each status for one standard in one period. */
export function countStatuses(
  observations: readonly Observation[],
  standardId: string,
  period: string,
): StatusCounts {
  const counts: StatusCounts = {
    'not-started': 0,
    planned: 0,
    piloting: 0,
    partial: 0,
    live: 0,
    reported: 0,
  };
  for (const row of observations) {
    if (row.standard !== standardId || row.period !== period) continue;
    counts[row.status] += 1;
    counts.reported += 1;
  }
  return counts;
}
