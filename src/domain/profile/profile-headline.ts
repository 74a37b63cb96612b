import { rankSystems } from '../scoring/ranks';
import { benchmarksOf, comparisonsOf } from './benchmarks';
import type { Benchmarks, BenchmarkComparisons, ProfileGroup } from './benchmarks';

export interface ProfileHeadline extends Benchmarks, BenchmarkComparisons {
  overall: number | null;
  /** 0-1: share of the effective weight that was reported. */
  completeness: number;
  lowConfidence: boolean;
  /** Rank among all systems of the period with a score (1 = highest); null without a score. */
  rank: number | null;
  rankedCount: number;
  /** Rank within the system and its peers that have a score. */
  peerRank: number | null;
  peerRankedCount: number;
}

const overallOf = (score: { overall: number | null }) => score.overall;

export function profileHeadline(group: ProfileGroup): ProfileHeadline {
  const { system } = group;
  const benchmarks = benchmarksOf(group, overallOf);
  const ranks = rankSystems(group.all);
  const peerRanks = rankSystems([system, ...group.peers]);
  return {
    overall: system.overall,
    completeness: system.completeness,
    lowConfidence: system.lowConfidence,
    rank: ranks[system.code] ?? null,
    rankedCount: Object.keys(ranks).length,
    peerRank: peerRanks[system.code] ?? null,
    peerRankedCount: Object.keys(peerRanks).length,
    ...benchmarks,
    ...comparisonsOf(system.overall, benchmarks),
  };
}
