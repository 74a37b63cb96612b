/**
 * Publishers' area codes to the reference geography's systems, for one period. A code may be the
 * system's ONS code (E54000050) or ODS code (QHM); 2020 STP codes that became ICB codes map the
 * same way. A system that had ended by the period is followed through the crosswalk only when its
 * whole population went to one successor: a count cannot be split between successors without
 * the publisher's own figures, so a split system is listed as unmapped instead.
 */
import type { Crosswalk, System } from '../feed/feed-schema';
import { parsePeriod, periodBounds } from '../periods/period';

export type ReferenceSystem = Pick<System, 'code' | 'odsCode' | 'validFrom' | 'validTo'> & {
  population: number;
};

export interface ReferenceGeography {
  systems: readonly ReferenceSystem[];
  crosswalk: readonly Crosswalk[];
}

export type SystemMapping =
  { ok: true; system: string; via?: string } | { ok: false; reason: string };

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

export function createSystemMapper(geography: ReferenceGeography): SystemMapper {
  const index = byAnyCode(geography.systems);
  return (rawCode, periodId) => {
    const code = rawCode.trim().toUpperCase();
    const system = index.get(code);
    const period = parsePeriod(periodId);
    if (!period)
      return { ok: false, reason: `period "${periodId}" is not a month, quarter or year` };
    if (!system) return { ok: false, reason: `no system with code ${code} in the reference` };
    const { start, end } = periodBounds(period);
    if (existsThroughout(system, start, end)) return { ok: true, system: system.code };
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
