/**
 * The feed's geography from the reference facts: the 42 ICBs of April 2023, the ICBs created on
 * 1 April 2026, the crosswalk between them and the land borders of both vintages.
 */
import type { Adjacency, Crosswalk, Region, System } from '../../src/domain/feed/feed-schema';
import { dedupeAdjacency, deriveAdjacency, orderedPair } from './adjacency';
import type { CrosswalkRow, Icb23, ReferenceData } from './read-reference';

export const VINTAGE_2023_FROM = '2022-07-01';
export const VINTAGE_2023_TO = '2026-03-31';
export const VINTAGE_2026_FROM = '2026-04-01';

/** A predecessor of a 2026 system and the number of its residents that moved there. */
export interface Predecessor {
  code: string;
  populationMoved: number;
}

export interface SampleGeography {
  regions: Region[];
  systems: System[];
  crosswalk: Crosswalk[];
  adjacency: Adjacency[];
  /** For every system created on 1 April 2026: the 2023 systems it was made from. */
  predecessors: Map<string, Predecessor[]>;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

const shortNameOf = (name: string) =>
  name.replace(/^NHS /, '').replace(/ Integrated Care Board$/, '');

function fromIcb23(icb: Icb23, ended: boolean): System {
  return {
    code: icb.code,
    codeProvisional: false,
    odsCode: icb.odsCode,
    name: icb.name,
    shortName: icb.shortName,
    regionCode: icb.regionCode,
    population: icb.population,
    validFrom: VINTAGE_2023_FROM,
    validTo: ended ? VINTAGE_2023_TO : null,
    centroid: icb.centroid,
    areaKm2: icb.areaKm2,
    imdScore: icb.imdScore,
    shareMostDeprived: icb.shareMostDeprived,
    ruralShare: icb.ruralShare,
  };
}

/**
 * Attributes of a new system from its predecessors. Deprivation and rurality are population
 * weighted. Area is the sum of each predecessor's area times the share of its population that
 * moved (an approximation for split ICBs), and the centroid is weighted by those areas (the centroid
 * of a union of areas), also approximate for the split parts.
 */
export function combinePredecessors(
  parts: { icb: Icb23; populationShare: number; populationMoved: number }[],
) {
  const people = parts.reduce((sum, p) => sum + p.populationMoved, 0);
  const byPeople = (pick: (icb: Icb23) => number) =>
    parts.reduce((sum, p) => sum + pick(p.icb) * p.populationMoved, 0) / people;
  const areas = parts.map((p) => p.icb.areaKm2 * p.populationShare);
  const area = areas.reduce((sum, a) => sum + a, 0);
  const byArea = (pick: (icb: Icb23) => number) =>
    parts.reduce((sum, p, i) => sum + pick(p.icb) * (areas[i] ?? 0), 0) / area;
  return {
    areaKm2: round(area, 1),
    centroid: {
      lon: round(
        byArea((i) => i.centroid.lon),
        5,
      ),
      lat: round(
        byArea((i) => i.centroid.lat),
        5,
      ),
    },
    imdScore: round(
      byPeople((i) => i.imdScore),
      3,
    ),
    shareMostDeprived: round(
      byPeople((i) => i.shareMostDeprived),
      4,
    ),
    ruralShare: round(
      byPeople((i) => i.ruralShare),
      4,
    ),
  };
}

/** Shares rounded to 6 places that still sum to exactly 1 (the remainder goes to the largest). */
export function normaliseShares(moved: number[]): number[] {
  const total = moved.reduce((sum, m) => sum + m, 0);
  const shares = moved.map((m) => round(m / total, 6));
  const largest = shares.indexOf(Math.max(...shares));
  const rest = shares.reduce((sum, s, i) => (i === largest ? sum : sum + s), 0);
  shares[largest] = round(1 - rest, 6);
  return shares;
}

function rowsByTarget(crosswalk: CrosswalkRow[]): Map<string, CrosswalkRow[]> {
  const map = new Map<string, CrosswalkRow[]>();
  for (const row of crosswalk) map.set(row.to, [...(map.get(row.to) ?? []), row]);
  return map;
}

export function buildGeography(ref: ReferenceData): SampleGeography {
  const regionByName = new Map(ref.regions.map((r) => [r.name, r.code]));
  const icbByCode = new Map(ref.icb23.map((icb) => [icb.code, icb]));
  const codeOf2026 = new Map(ref.icb2026.map((icb) => [icb.id, icb.officialCode ?? icb.id]));
  const codes2026 = new Set(codeOf2026.values());
  const targets = rowsByTarget(ref.crosswalk);

  const systems: System[] = ref.icb23.map((icb) => fromIcb23(icb, !codes2026.has(icb.code)));
  const predecessors = new Map<string, Predecessor[]>();
  for (const icb of ref.icb2026) {
    const code = codeOf2026.get(icb.id) ?? icb.id;
    if (icbByCode.has(code)) continue;
    const rows = targets.get(icb.id) ?? [];
    const parts = rows.map((row) => {
      const from = icbByCode.get(row.from);
      if (!from) throw new Error(`crosswalk names unknown ICB ${row.from}`);
      return {
        icb: from,
        populationShare: row.populationShare,
        populationMoved: row.populationMoved,
      };
    });
    const regionCode = regionByName.get(icb.regionName);
    if (!regionCode || parts.length === 0) throw new Error(`cannot place new ICB ${icb.id}`);
    predecessors.set(
      code,
      rows.map((r) => ({ code: r.from, populationMoved: r.populationMoved })),
    );
    systems.push({
      code,
      codeProvisional: true,
      name: icb.name,
      shortName: shortNameOf(icb.name),
      regionCode,
      population: icb.population,
      validFrom: VINTAGE_2026_FROM,
      validTo: null,
      ...combinePredecessors(parts),
    });
  }

  const crosswalk: Crosswalk[] = systems
    .filter((s) => s.validTo !== null)
    .map((s) => {
      const rows = ref.crosswalk.filter((row) => row.from === s.code);
      const shares = normaliseShares(rows.map((row) => row.populationMoved));
      return {
        from: s.code,
        to: rows.map((row, i) => ({
          code: codeOf2026.get(row.to) ?? row.to,
          populationShare: shares[i] ?? 0,
        })),
      };
    });

  const current = systems.filter((s) => s.validTo === null).map((s) => s.code);
  const predecessorsOf = (code: string) => predecessors.get(code)?.map((p) => p.code) ?? [code];
  const adjacency = dedupeAdjacency([
    ...ref.adjacency.map(({ a, b }) => orderedPair(a, b)),
    ...deriveAdjacency(current, predecessorsOf, ref.adjacency),
  ]);

  return { regions: ref.regions, systems, crosswalk, adjacency, predecessors };
}
