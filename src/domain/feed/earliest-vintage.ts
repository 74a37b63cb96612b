/**
 * Measured use older than the geography: a publisher's series often starts years before the
 * feed's earliest systems (POMI from 2015, DSPT 2020/21, while the ICBs began on 1 July 2022).
 * The feed has no older geography to place those figures on, so a measurement whose period
 * begins before the earliest vintage (the earliest validFrom of any system) is read on that
 * vintage: it is accepted for a system that began on that very date and had not ended by the
 * period's end. A system of a later vintage still refuses periods before it began, because an
 * older system covered its area then. Observations keep the strict rule: scores are per quarter
 * of a system's own life. docs/importers.md says which old codes continue as which systems.
 */
import type { PeriodBounds } from '../periods/period-bounds';

interface SystemLife {
  validFrom: string;
  validTo: string | null;
}

/** The earliest validFrom of the systems, or null for none. ISO dates compare as text. */
export function earliestVintage(systems: Iterable<Pick<SystemLife, 'validFrom'>>): string | null {
  let earliest: string | null = null;
  for (const { validFrom } of systems) {
    if (earliest === null || validFrom < earliest) earliest = validFrom;
  }
  return earliest;
}

/** True when the period begins before the earliest vintage and the system is of that vintage. */
export function readsOnEarliestVintage(
  system: SystemLife,
  bounds: PeriodBounds,
  earliest: string | null,
): boolean {
  if (earliest === null || bounds.start >= earliest) return false;
  if (system.validFrom !== earliest) return false;
  return system.validTo === null || system.validTo >= bounds.end;
}
