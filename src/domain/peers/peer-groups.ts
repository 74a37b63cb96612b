/**
 * Default peer groups: a system's nearest neighbours on standardised population, density and
 * deprivation (peer-distance.ts), never just "the same region". The method is in
 * docs/peer-groups.md.
 */
import type { System } from '../feed/feed-schema';
import {
  featureScales,
  peerDistance,
  peerFigures,
  standardise,
  transformedFigures,
} from './peer-distance';
import type { PeerFigures } from './peer-distance';

export const DEFAULT_PEER_COUNT = 6;

export interface PeerMatch {
  code: string;
  distance: number;
  /** Raw figures, for display. */
  figures: PeerFigures;
}

/**
 * The k nearest systems to `code` among `systems` (the systems valid in the period), by the
 * documented distance on standardised population, population density (population/areaKm2) and
 * deprivation (imdScore). Nearest first; equal distances in code order. Empty when `code` is
 * not among `systems`.
 */
export function defaultPeers(
  systems: readonly System[],
  code: string,
  k: number = DEFAULT_PEER_COUNT,
): PeerMatch[] {
  const index = systems.findIndex((system) => system.code === code);
  if (index < 0 || k <= 0) return [];
  const figures = systems.map(peerFigures);
  const rows = figures.map(transformedFigures);
  const scales = featureScales(rows);
  const used = scales.filter((scale) => scale !== null).length;
  const z = rows.map((row) => standardise(row, scales));
  const own = z[index]!;
  const matches: PeerMatch[] = [];
  systems.forEach((system, i) => {
    if (i === index || system.code === code) return;
    const distance = used > 0 ? peerDistance(own, z[i]!, used) : 0;
    if (distance === null) return;
    matches.push({ code: system.code, distance, figures: figures[i]! });
  });
  matches.sort((a, b) => a.distance - b.distance || compareCodes(a.code, b.code));
  return matches.slice(0, Math.floor(k));
}

function compareCodes(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
