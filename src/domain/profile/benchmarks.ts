/**
 * The three references a system is read against: England (population-weighted mean: the average
 * resident's system, as on the national page), its region (the same, within the region) and its
 * peer group (the median: the typical peer, so one outlier cannot drag it).
 */
import { aggregateScores } from '../scoring/aggregate';
import { compareScore } from '../scoring/compare';
import type { Comparison } from '../scoring/compare';
import type { PeriodScores, SystemScore } from '../scoring/score-types';

export type ValuePicker = (score: SystemScore) => number | null;

export interface Benchmarks {
  england: number | null;
  region: number | null;
  peerMedian: number | null;
}

export interface BenchmarkComparisons {
  vsEngland: Comparison | null;
  vsRegion: Comparison | null;
  vsPeers: Comparison | null;
}

/** The system's score and the peers' scores of the period, by code, peers in the order given. */
export interface ProfileGroup {
  system: SystemScore;
  peers: SystemScore[];
  all: readonly SystemScore[];
}

export function groupOf(
  periodScores: PeriodScores,
  code: string,
  peers: readonly string[],
): ProfileGroup | null {
  const byCode = new Map(periodScores.systems.map((score) => [score.code, score]));
  const system = byCode.get(code);
  if (!system) return null;
  const peerScores = peers.flatMap((peer) => {
    const score = peer === code ? undefined : byCode.get(peer);
    return score ? [score] : [];
  });
  return { system, peers: peerScores, all: periodScores.systems };
}

function weightedMean(scores: readonly SystemScore[], pick: ValuePicker): number | null {
  return aggregateScores(
    scores.map(pick),
    scores.map((score) => score.population),
  ).populationWeighted;
}

export function medianOf(values: readonly (number | null)[]): number | null {
  return aggregateScores(
    values,
    values.map(() => 1),
  ).median;
}

export function benchmarksOf(group: ProfileGroup, pick: ValuePicker): Benchmarks {
  const region = group.all.filter((score) => score.regionCode === group.system.regionCode);
  return {
    england: weightedMean(group.all, pick),
    region: weightedMean(region, pick),
    peerMedian: medianOf(group.peers.map(pick)),
  };
}

export function comparisonsOf(value: number | null, benchmarks: Benchmarks): BenchmarkComparisons {
  return {
    vsEngland: compareScore(value, benchmarks.england),
    vsRegion: compareScore(value, benchmarks.region),
    vsPeers: compareScore(value, benchmarks.peerMedian),
  };
}
