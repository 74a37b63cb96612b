/**
 * The peer panel: each peer with the figures that made it a peer, so a reader can judge the match
 * and overrule it. Distances are those of the default method (docs/peer-groups.md), also for peers
 * the reader added.
 */
import type { System } from '../feed/feed-schema';
import { peerFigures } from '../peers/peer-distance';
import type { PeerFigures } from '../peers/peer-distance';
import { defaultPeers } from '../peers/peer-groups';
import { peerBasis } from '../peers/peer-basis';
import type { PeerFigureName } from '../peers/peer-basis';

export interface PeerPanelRow {
  code: string;
  name: string;
  figures: PeerFigures;
  /** Distance from the system; null when the two share no figure. */
  distance: number | null;
  /** In the default group (not added by the reader). */
  isDefault: boolean;
}

export interface PeerPanel {
  own: PeerFigures;
  rows: PeerPanelRow[];
  /** The figures the default group is chosen on in this period: only those the feed gives. */
  basis: PeerFigureName[];
  /** Systems of the period that could be added: not the system, not already a peer, by name. */
  candidates: { code: string; name: string }[];
}

/** `systems`: those valid in the period; `peers`: the group in force, in its order. */
export function peerPanel(
  systems: readonly System[],
  code: string,
  peers: readonly string[],
): PeerPanel | null {
  const system = systems.find((candidate) => candidate.code === code);
  if (!system) return null;
  const matches = defaultPeers(systems, code, systems.length);
  const distance = new Map(matches.map((match) => [match.code, match.distance]));
  const defaults = new Set(defaultPeers(systems, code).map((match) => match.code));
  const byCode = new Map(systems.map((candidate) => [candidate.code, candidate]));
  const rows = peers.flatMap((peer) => {
    const found = byCode.get(peer);
    if (!found || peer === code) return [];
    return [
      {
        code: peer,
        name: found.shortName,
        figures: peerFigures(found),
        distance: distance.get(peer) ?? null,
        isDefault: defaults.has(peer),
      },
    ];
  });
  const taken = new Set([code, ...peers]);
  const candidates = systems
    .filter((candidate) => !taken.has(candidate.code))
    .map((candidate) => ({ code: candidate.code, name: candidate.shortName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { own: peerFigures(system), rows, basis: peerBasis(systems), candidates };
}
