/**
 * Publishers' area codes to the reference geography's systems, for one period. A code may be the
 * system's ONS code (E54000050) or ODS code (QHM); 2020 STP codes that became ICB codes map the
 * same way, and the 2020 STP ONS codes that ONS replaced go through their ODS code
 * (stp-2020-codes.ts). A period older than the whole geography is read on its earliest vintage
 * (earliest-vintage.ts, the same rule feed:check applies). A system that had ended by the period
 * is followed through the crosswalk only when its whole population went to one successor: a count
 * cannot be split between successors without the publisher's own figures, so a split system is
 * listed as unmapped instead.
 */
import type { Crosswalk, System } from '../feed/feed-schema';
import { earliestVintage, readsOnEarliestVintage } from '../feed/earliest-vintage';
import { parsePeriod, periodBounds } from '../periods/period';
import { STP_2020_ODS } from './stp-2020-codes';

export type ReferenceSystem = Pick<System, 'code' | 'odsCode' | 'validFrom' | 'validTo'> & {
  population: number;
};

export interface ReferenceGeography {
  systems: readonly ReferenceSystem[];
  crosswalk: readonly Crosswalk[];
}

export type SystemMapping =
  | {
      ok: true;
      system: string;
      /** The code the row was mapped through: an ended system, or a replaced 2020 STP code. */
      via?: string;
      /** Set when the period is older than the geography: the vintage it was read on. */
      vintage?: string;
    }
  | { ok: false; reason: string };

export type SystemMapper = (code: string, period: string) => SystemMapping;

function existsThroughout(system: ReferenceSystem, start: string, end: string): boolean {
  return system.validFrom <= start && (!system.validTo || system.validTo >= end);
}

function byAnyCode(systems: readonly ReferenceSystem[]) {
  const index = new Map<string, ReferenceSystem>();
  for (const system of systems) {
    index.set(system.code.toUpperCase(), system);
    if (system.odsCode) index.set(system.odsCode.toUpperCase(), system);
  }
  return index;
}

/** The system a code names: its own code, or a replaced 2020 STP code's ODS code. */
function lookUp(index: Map<string, ReferenceSystem>, code: string) {
  const system = index.get(code);
  if (system) return { system };
  const stp = STP_2020_ODS[code];
  const successor = stp ? index.get(stp.ods) : undefined;
  return successor ? { system: successor, via: code } : null;
}

export function createSystemMapper(geography: ReferenceGeography): SystemMapper {
  const index = byAnyCode(geography.systems);
  const earliest = earliestVintage(geography.systems);
  return (rawCode, periodId) => {
    const code = rawCode.trim().toUpperCase();
    const found = lookUp(index, code);
    const period = parsePeriod(periodId);
    if (!period)
      return { ok: false, reason: `period "${periodId}" is not a month, quarter or year` };
    if (!found) return { ok: false, reason: `no system with code ${code} in the reference` };
    const { system, via } = found;
    const through = via ? { via } : {};
    const { start, end } = periodBounds(period);
    if (existsThroughout(system, start, end)) return { ok: true, system: system.code, ...through };
    if (readsOnEarliestVintage(system, { start, end }, earliest)) {
      return { ok: true, system: system.code, ...through, vintage: earliest! };
    }
    if (system.validFrom > start) {
      return { ok: false, reason: `${code} is ${system.code}, which began on ${system.validFrom}` };
    }
    return followCrosswalk(geography, index, system, { start, end });
  };
}

function followCrosswalk(
  geography: ReferenceGeography,
  index: Map<string, ReferenceSystem>,
  system: ReferenceSystem,
  bounds: { start: string; end: string },
): SystemMapping {
  const entry = geography.crosswalk.find((row) => row.from === system.code);
  const ended = `${system.code} ended on ${system.validTo}`;
  if (!entry) return { ok: false, reason: `${ended} and has no successor in the crosswalk` };
  if (entry.to.length > 1) {
    const shares = entry.to.map((to) => `${to.code} ${Math.round(to.populationShare * 100)}%`);
    return { ok: false, reason: `${ended}; it was split (${shares.join(', ')})` };
  }
  const successor = index.get(entry.to[0]!.code.toUpperCase());
  if (!successor || !existsThroughout(successor, bounds.start, bounds.end)) {
    return { ok: false, reason: `${ended}; its successor ${entry.to[0]!.code} does not cover it` };
  }
  return { ok: true, system: successor.code, via: system.code };
}
