import { ADOPTION_STATUS_VALUES } from '../feed/adoption-status-values';
import type { AdoptionStatus } from '../feed/feed-schema';

/** The statuses in the contract's order, least to most adopted: the schema's own list. */
export const ADOPTION_STATUSES: readonly AdoptionStatus[] = ADOPTION_STATUS_VALUES;

export const STATUS_LABELS: Record<AdoptionStatus, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  piloting: 'Piloting',
  partial: 'Partly live',
  live: 'Live',
};
