/**
 * Draws any geography vintage on the base hex layout: a system keeps its own hex; a system made at
 * a boundary change gets its predecessors' hexes, each split predecessor's hex going to the
 * successor that took the largest share of its population; systems still without a hex are placed
 * from their centroids when every one of them has one, or else listed as unplaced.
 */
import type { Crosswalk, Feed, PeriodId, System } from '../feed/feed-schema';
import type { AutoLayoutSystem } from './auto-layout';
import { autoLayoutFromCentroids } from './auto-layout';
import { predecessorsOf, successorsOf } from './crosswalk';
import { placeAmongHexes } from './extend-layout';
import type { HexGroup } from './hex-geometry';
import type { HexJson } from './hexjson';
import { systemsInPeriod } from './system-validity';

export { groupOutline, sharedEdges } from './hex-outline';
export type { SharedEdge } from './hex-outline';
export type { HexGroup };

export interface PeriodLayout {
  /** The layout to draw: `base` itself unless systems had to be placed from their centroids. */
  layout: HexJson;
  /** One group per system placed, in feed order. */
  groups: HexGroup[];
  /** Codes of systems valid in the period that could not be placed. */
  unplaced: string[];
}

/**
 * Each layout made, by base layout, geography and period. Placing a thousand systems from their
 * centroids takes about a second, and a page asks for the same one more than once (the map and
 * its summary, and React renders a page again when it has to start over). Keyed on the objects,
 * which are never changed in place, so a new feed or layout is worked out afresh.
 */
const made = new WeakMap<HexJson, WeakMap<Feed['geography'], Map<PeriodId, PeriodLayout>>>();

function madeFor(base: HexJson, feed: Pick<Feed, 'geography'>): Map<PeriodId, PeriodLayout> {
  const byGeography = made.get(base) ?? new WeakMap();
  made.set(base, byGeography);
  const byPeriod = byGeography.get(feed.geography) ?? new Map<PeriodId, PeriodLayout>();
  byGeography.set(feed.geography, byPeriod);
  return byPeriod;
}

/** The period's layout, the same object for the same inputs: read it, never change it. */
export function layoutForPeriod(
  base: HexJson,
  feed: Pick<Feed, 'geography'>,
  period: PeriodId,
): PeriodLayout {
  const byPeriod = madeFor(base, feed);
  const known = byPeriod.get(period);
  if (known) return known;
  const layout = workOutLayout(base, feed, period);
  byPeriod.set(period, layout);
  return layout;
}

/**
 * Records a period's layout worked out elsewhere (by the feed worker, from a copy of the same
 * feed), so that `layoutForPeriod` answers with it instead of placing a thousand systems again on
 * the page's main thread. The caller vouches that it came from these very inputs.
 */
export function rememberLayoutForPeriod(
  base: HexJson,
  feed: Pick<Feed, 'geography'>,
  period: PeriodId,
  layout: PeriodLayout,
): void {
  madeFor(base, feed).set(period, layout);
}

function workOutLayout(
  base: HexJson,
  feed: Pick<Feed, 'geography'>,
  period: PeriodId,
): PeriodLayout {
  const { crosswalk } = feed.geography;
  const valid = systemsInPeriod(feed.geography.systems, period);
  // Own hexes first, so a hex is never inherited away from a system that still has it.
  const taken = new Set(valid.map((s) => s.code).filter((code) => base.hexes[code]));
  const hexIdsOf = new Map<string, string[]>();
  for (const system of valid) {
    const own = base.hexes[system.code] ? [system.code] : [];
    const inherited = inheritedHexes(base, crosswalk, system.code, new Set([system.code]));
    const fresh = inherited.filter((id) => !taken.has(id));
    fresh.forEach((id) => taken.add(id));
    hexIdsOf.set(system.code, [...own, ...fresh]);
  }
  const missing = valid.filter((s) => (hexIdsOf.get(s.code) ?? []).length === 0);
  const groupsIn = (ids: ReadonlyMap<string, string[]>) =>
    valid.flatMap((s) => {
      const hexIds = ids.get(s.code) ?? [];
      return hexIds.length > 0 ? [{ code: s.code, hexIds }] : [];
    });
  if (missing.length === 0) return { layout: base, groups: groupsIn(hexIdsOf), unplaced: [] };
  const located = missing.filter(hasCentroid);
  const placed =
    located.length === missing.length ? placeMissing(base, valid, hexIdsOf, located) : null;
  if (!placed) {
    return { layout: base, groups: groupsIn(hexIdsOf), unplaced: missing.map((s) => s.code) };
  }
  for (const system of located) hexIdsOf.set(system.code, [system.code]);
  return { layout: placed, groups: groupsIn(hexIdsOf), unplaced: [] };
}

/** Hexes a system takes over from its predecessors (and theirs, for a chain of changes). */
function inheritedHexes(
  base: HexJson,
  crosswalk: readonly Crosswalk[],
  code: string,
  seen: Set<string>,
): string[] {
  return predecessorsOf(crosswalk, code)
    .filter((p) => !seen.has(p.code) && successorsOf(crosswalk, p.code)[0]?.code === code)
    .flatMap((p) => {
      seen.add(p.code);
      const own = base.hexes[p.code] ? [p.code] : [];
      return [...own, ...inheritedHexes(base, crosswalk, p.code, seen)];
    });
}

function hasCentroid(system: System): system is System & AutoLayoutSystem {
  return system.centroid !== undefined;
}

/** A whole new layout when nothing is on the base, else the base with the missing systems added. */
function placeMissing(
  base: HexJson,
  valid: readonly System[],
  hexIdsOf: ReadonlyMap<string, string[]>,
  missing: readonly AutoLayoutSystem[],
): HexJson | null {
  const anchors = valid.flatMap((s) => {
    const hexIds = hexIdsOf.get(s.code) ?? [];
    return s.centroid && hexIds.length > 0 ? [{ centroid: s.centroid, hexIds }] : [];
  });
  if (missing.length === valid.length) return autoLayoutFromCentroids(missing);
  return placeAmongHexes(base, anchors, missing);
}

export { autoLayoutFromCentroids };
