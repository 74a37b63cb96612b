/**
 * The sample's calendar quarters ("2025-Q3") and whether a system existed through one. The
 * arithmetic and the validity rule are the app's own (src/domain), so the generator cannot write
 * a feed whose quarters or systems the app reads differently.
 */
import type { System } from '../../src/domain/feed/feed-schema';
import { isSystemValidIn } from '../../src/domain/geography/system-validity';
import { parseQuarter, quarterRange } from '../../src/domain/periods/quarter';

/** Every quarter from `first` to `last`, both included (the app's own quarter arithmetic). */
export function buildPeriods(first: string, last: string): string[] {
  for (const id of [first, last]) if (!parseQuarter(id)) throw new Error(`not a quarter: ${id}`);
  return quarterRange(first, last);
}

/** A system reports for a quarter only if it existed for the whole quarter. */
export function isValidIn(system: Pick<System, 'validFrom' | 'validTo'>, period: string): boolean {
  return isSystemValidIn(system, period);
}
