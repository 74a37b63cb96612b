import { formatFixed, formatPopulation } from '../../../domain/format/format-number';
import type { ProfileHeadline } from '../../../domain/profile/profile-headline';
import { formatRankInterval, ordinal } from '../../../domain/scoring/ranks';
import type { RankInterval } from '../../../domain/scoring/ranks';

/** Small text helpers shared by the profile's sections; numbers round by domain/format's rule. */
export function density(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'Not known';
  // A sparse system must not read "0 per km²", which says nobody lives there.
  if (value < 0.5) return 'Fewer than 1\u00a0per\u00a0km²';
  return `${formatPopulation(value)}\u00a0per\u00a0km²`;
}

export function deprivation(value: number | null): string {
  return value === null ? 'Not known' : formatFixed(value, 1);
}

export function systemPath(code: string): string {
  return `/systems/${encodeURIComponent(code)}`;
}

/** What the profile's headline and the board report's headline are both given. */
export interface HeadlineProps {
  headline: ProfileHeadline;
  interval: RankInterval | undefined;
  regionName: string;
  /** With no peers, a rank "with its peers" would be "1st of 1": say there are none instead. */
  peerCount: number;
  /** The national figure's name in a sentence ("England", "all systems"). */
  national: string;
  /**
   * For a mesh, what shows for a figure not there: the system's own product's words, and
   * "Loading" or "No data" for its region and its peers (no-data-text.ts).
   */
  missing?: { own: string | null; region: string; peers: string };
  /** For a mesh, what each rank must say of the systems it could not see (use-rank-gaps.ts). */
  rankGaps?: RankGaps;
}

/** For the rank among all systems and among peers: rankGapNote's words, or null. */
export interface RankGaps {
  all: string | null;
  peers: string | null;
}

/**
 * "About the ranks: among all systems, so far: 2 systems still loading; among peers, 1 peer with
 * no data is not ranked.", or null when both ranks saw every system. Said beside the ranks, not in
 * them: a rank reads the same in every view and export.
 */
export function rankGapSentence(gaps: RankGaps | undefined): string | null {
  const parts = [
    gaps?.all ? `among all systems, ${gaps.all}` : null,
    gaps?.peers ? `among peers, ${gaps.peers}` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : `About the ranks: ${parts.join('; ')}.`;
}

/** "12th (8th–17th) of 42" with the interval under plausible weights, else "12th of 42"; `none` when unranked. */
export function rankText(
  headline: Pick<ProfileHeadline, 'rank' | 'rankedCount'>,
  interval: RankInterval | undefined,
  none: string,
): string {
  if (headline.rank === null) return none;
  return `${interval ? formatRankInterval(interval) : ordinal(headline.rank)} of ${headline.rankedCount}`;
}
