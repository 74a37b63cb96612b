import type { AdoptionStatus, Feed } from '../feed/feed-schema';
import type { SystemScore } from '../scoring/score-feed';
import { standardScore } from '../scoring/standard-score';
import type { Weights } from '../scoring/weights';

export interface WorkedStandard {
  id: string;
  name: string;
  status: AdoptionStatus | null;
  coverage: number | null;
  score: number | null;
  weight: number;
}

export interface WorkedCategory {
  id: string;
  name: string;
  weight: number;
  standards: WorkedStandard[];
  score: number | null;
  completeness: number;
}

export interface WorkedExample {
  code: string;
  period: string;
  categories: WorkedCategory[];
  overall: number | null;
  completeness: number;
  lowConfidence: boolean;
}

/**
 * The inputs behind one system's score (each standard's status, coverage, score and weight) beside
 * the results the scoring code produced, so the Methodology page explains the real numbers.
 */
export function workedExample(
  feed: Feed,
  weights: Weights,
  system: SystemScore,
  period: string,
): WorkedExample {
  const observed = new Map(
    feed.observations
      .filter((row) => row.system === system.code && row.period === period)
      .map((row) => [row.standard, row]),
  );
  const categories = feed.categories.map((category) => ({
    id: category.id,
    name: category.name,
    weight: weights.categories[category.id] ?? 0,
    standards: feed.standards
      .filter((standard) => standard.categoryId === category.id)
      .map((standard) => {
        const row = observed.get(standard.id);
        return {
          id: standard.id,
          name: standard.name,
          status: row?.status ?? null,
          coverage: row?.coverage ?? null,
          score: row ? standardScore(row.status, row.coverage) : null,
          weight: weights.standards[standard.id] ?? 0,
        };
      }),
    score: system.categories[category.id]?.score ?? null,
    completeness: system.categories[category.id]?.completeness ?? 0,
  }));
  return {
    code: system.code,
    period,
    categories,
    overall: system.overall,
    completeness: system.completeness,
    lowConfidence: system.lowConfidence,
  };
}
