/**
 * The contract's adoption statuses, least to most adopted: AdoptionStatusSchema is built from this
 * list, and pages that only name or order the statuses read it here, without the feed contract's
 * schemas (and zod's full build) in their first view.
 */
export const ADOPTION_STATUS_VALUES = [
  'not-started',
  'planned',
  'piloting',
  'partial',
  'live',
] as const;
