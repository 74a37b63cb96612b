/**
 * The sample's calendar quarters ("2025-Q3") and whether a system existed through one. The
 * arithmetic and the validity rule are the app's own (src/domain), so the generator cannot write
 * a feed whose quarters or systems the app reads differently.
 */
import type { System } from '../../src/domain/feed/feed-schema';
import { isSystemValidIn } from '../../src/domain/geography/system-validity';
import {
  parseQuarter,
  quarterFromOrdinal,
  quarterId,
  quarterOrdinal,
} from '../../src/domain/periods/quarter';

function ordinalOf(period: string): number {
  const quarter = parseQuarter(period);
  if (!quarter) throw new Error(`not a quarter: ${period}`);
  return quarterOrdinal(quarter);
}

/** Every quarter from `first` to `last`, both included. */
export function buildPeriods(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let index = ordinalOf(first); index <= ordinalOf(last); index += 1) {
    periods.push(quarterId(quarterFromOrdinal(index)));
  }
  return periods;
}

/** A system reports for a quarter only if it existed for the whole quarter. */
export function isValidIn(system: Pick<System, 'validFrom' | 'validTo'>, period: string): boolean {
  return isSystemValidIn(system, period);
}
