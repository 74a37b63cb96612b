import { AdoptionStatusSchema } from '../feed/feed-schema';
import type { AdoptionStatus } from '../feed/feed-schema';

/** The statuses in the contract's order, least to most adopted: the schema is the one list. */
export const ADOPTION_STATUSES: readonly AdoptionStatus[] = AdoptionStatusSchema.options;

export const STATUS_LABELS: Record<AdoptionStatus, string> = {
  'not-started': 'Not started',
  planned: 'Planned',
  piloting: 'Piloting',
  partial: 'Partly live',
  live: 'Live',
};
