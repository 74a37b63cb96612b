import type { Region } from '../feed/feed-schema';
import { compareScore } from '../scoring/compare';
import type { Comparison } from '../scoring/compare';
import type { FeedScores } from '../scoring/score-feed';

export interface RegionRow {
  code: string;
  name: string;
  /** Population-weighted readiness of the region's systems. */
  value: number | null;
  systems: number;
  vsEngland: Comparison | null;
}

/** Each region's readiness in a period against England's, highest first. */
export function regionRows(
  scores: FeedScores,
  period: string,
  regions: readonly Region[],
): RegionRow[] {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return [];
  const england = periodScores.national.populationWeighted;
  return regions
    .map((region) => {
      const aggregate = periodScores.regions[region.code];
      const value = aggregate?.populationWeighted ?? null;
      return {
        code: region.code,
        name: region.name,
        value,
        systems: aggregate?.count ?? 0,
        vsEngland: compareScore(value, england),
      };
    })
    .filter((row) => row.systems > 0)
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
}
