/**
 * What a peer group was chosen on, and by whom, in words. A feed with populations only must not
 * say peers are alike "on population, density and deprivation", and a group the reader picked is
 * not "the systems most like it".
 */
import type { System } from '../feed/feed-schema';
import { featureScales, peerFigures, transformedFigures } from './peer-distance';

const FIGURE_NAMES = ['population', 'population density', 'deprivation'] as const;

export type PeerFigureName = (typeof FIGURE_NAMES)[number];

/** The figures that tell `systems` apart (given for at least two, with some spread), in order. */
export function peerBasis(systems: readonly System[]): PeerFigureName[] {
  const scales = featureScales(systems.map((system) => transformedFigures(peerFigures(system))));
  return FIGURE_NAMES.filter((_, index) => scales[index] != null);
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "population, population density and deprivation", or why nothing can be. */
export function peerBasisText(basis: readonly PeerFigureName[]): string {
  return basis.length === 0 ? 'no figure (the feed gives none that differs)' : joinNames(basis);
}

/** Who chose the peers: the default method, or the reader (in the URL or remembered). */
export function peerChoiceText(input: {
  count: number;
  isDefault: boolean;
  basis: readonly PeerFigureName[];
}): string {
  const { count, isDefault, basis } = input;
  const systems = count === 1 ? 'system' : 'systems';
  if (count === 0) {
    if (!isDefault)
      return 'Peers: none. The reader removed every peer, so there is no peer comparison.';
    return basis.length === 0
      ? 'Peers: none. The feed gives no figure that tells systems apart, so there is no peer comparison.'
      : 'Peers: none. No other system could be matched, so there is no peer comparison.';
  }
  return isDefault
    ? `Peers: the ${count} ${systems} most like it on ${peerBasisText(basis)} (the default group).`
    : `Peers: ${count} ${systems} chosen by the reader, not the default group.`;
}
