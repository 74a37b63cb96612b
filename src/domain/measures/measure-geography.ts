/**
 * Which geography a measure's period is published on. Measurements may only fall within their
 * systems' lives, so a month before 1 April 2026 is on the 42 ICBs and a later one on the April
 * 2026 systems: a view says which, and never draws one period's values on another's map.
 */
import type { Feed, System } from '../feed/feed-schema';
import { MONTH_NAMES } from '../periods/month';
import { parsePeriod, periodBounds } from '../periods/period';

export interface MeasureGeography {
  /** The quarter whose map layout draws the period (the quarter of its last day). */
  quarter: string;
  /** Codes of the systems that existed for the whole period, in code order. */
  systems: string[];
  /** The newest start date among them: the boundaries in force, "1 April 2026". */
  since: string;
}

/** "2026-04-01" -> "1 April 2026". */
export function formatIsoDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1] ?? ''} ${year}`;
}

function existedThrough(system: Pick<System, 'validFrom' | 'validTo'>, start: string, end: string) {
  return system.validFrom <= start && (system.validTo === null || system.validTo >= end);
}

/** The geography of a measure's period, or null for a period that cannot be read. */
export function measureGeography(
  geography: Pick<Feed['geography'], 'systems'>,
  period: string,
): MeasureGeography | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  const { start, end } = periodBounds(parsed);
  const valid = geography.systems.filter((system) => existedThrough(system, start, end));
  const systems = valid.map((system) => system.code).sort();
  const since = valid.reduce((latest, s) => (s.validFrom > latest ? s.validFrom : latest), '');
  const [year, month] = end.split('-').map(Number);
  const quarter = `${year}-Q${Math.ceil((month ?? 1) / 3)}`;
  return { quarter, systems, since: since === '' ? '' : formatIsoDay(since) };
}

/** Whether two geographies hold the same systems (so their values can be set side by side). */
export function sameSystems(a: MeasureGeography, b: readonly string[]): boolean {
  const other = [...b].sort();
  return a.systems.length === other.length && a.systems.every((code, i) => code === other[i]);
}
