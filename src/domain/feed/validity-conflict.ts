/** Why a row for a quarter cannot belong to a system that did not exist for all of that quarter. */
import type { QuarterBounds } from '../periods/quarter';
import type { System } from './feed-schema';

type SystemDates = Pick<System, 'shortName' | 'validFrom' | 'validTo'>;

/**
 * Undefined when the system existed for the whole quarter (the rule of `isSystemValidIn`), else a
 * reason such as "North Vale ended on 2026-03-31 but this row is for 2026-Q2". ISO dates compare
 * correctly as strings.
 */
export function validityConflict(
  system: SystemDates,
  period: string,
  bounds: QuarterBounds,
): string | undefined {
  if (bounds.start < system.validFrom) {
    return `${system.shortName} started on ${system.validFrom} but this row is for ${period}`;
  }
  if (system.validTo !== null && bounds.end > system.validTo) {
    return `${system.shortName} ended on ${system.validTo} but this row is for ${period}`;
  }
  return undefined;
}
