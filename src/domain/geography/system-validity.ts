import type { PeriodId, System } from '../feed/feed-schema';
import { quarterBounds } from '../periods/quarter';

/**
 * A system belongs to a quarter when it existed for the whole quarter. ISO dates compare
 * correctly as strings, so no Date objects (and no time zones) are involved.
 */
export function isSystemValidIn(system: Pick<System, 'validFrom' | 'validTo'>, period: PeriodId) {
  const bounds = quarterBounds(period);
  if (!bounds) return false;
  return (
    system.validFrom <= bounds.start && (system.validTo === null || system.validTo >= bounds.end)
  );
}

export function systemsInPeriod<T extends Pick<System, 'validFrom' | 'validTo'>>(
  systems: readonly T[],
  period: PeriodId,
): T[] {
  return systems.filter((system) => isSystemValidIn(system, period));
}
