/**
 * Which quarter a profile shows. A system is scored only in the quarters it existed through, so an
 * ended system viewed after its end shows its last quarter (and says so), and a new system viewed
 * before it began shows its first.
 */
import type { System } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';

export type PeriodNote = 'ended' | 'not-yet-begun';

export interface ProfilePeriod {
  /** The quarter shown; null when the system existed through none of the feed's quarters. */
  period: string | null;
  /** Why it differs from the quarter asked for, if it does. */
  note: PeriodNote | null;
}

export function profilePeriod(
  system: Pick<System, 'validFrom' | 'validTo'>,
  periods: readonly string[],
  requested: string,
): ProfilePeriod {
  if (isSystemValidIn(system, requested)) return { period: requested, note: null };
  const valid = [...periods].sort().filter((period) => isSystemValidIn(system, period));
  const last = valid.at(-1);
  const first = valid[0];
  if (last === undefined || first === undefined) return { period: null, note: null };
  // Period ids sort as text, so "after its last quarter" is a string comparison.
  if (requested > last) return { period: last, note: 'ended' };
  if (requested < first) return { period: first, note: 'not-yet-begun' };
  return { period: last, note: 'ended' };
}
