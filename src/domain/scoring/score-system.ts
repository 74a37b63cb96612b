/**
 * One system's scores in one period, from its row of the period's score matrix: category scores,
 * the overall score and how complete each is.
 */
import type { Feed, System } from '../feed/feed-schema';
import { overallOf, sumCategories } from './category-sums';
import { tidy } from './precision';
import type { CategoryScore, SystemScore } from './score-types';
import { catalogueOf, standardWeightTotals, weightVectorsOf } from './weight-vectors';
import type { Catalogue, WeightVectors } from './weight-vectors';
import type { Weights } from './weights';

/** Below this completeness a score is marked low-confidence wherever it is shown. */
export const LOW_CONFIDENCE_BELOW = 0.8;

/** What scoring one system needs, resolved once per call to scoreFeed. */
export interface ScoringContext {
  catalogue: Catalogue;
  weights: WeightVectors;
  /** Per category, the sum of its standards' weights. */
  standardTotals: Float64Array;
  /** Sum of the weights of categories that can carry a score: the completeness denominator. */
  effectiveTotal: number;
  sums: Float64Array;
  reported: Float64Array;
}

export function contextFor(feed: Feed, weights: Weights): ScoringContext {
  const catalogue = catalogueOf(feed);
  const vectors = weightVectorsOf(feed, catalogue, weights);
  const standardTotals = standardWeightTotals(catalogue, vectors);
  let effectiveTotal = 0;
  vectors.category.forEach((weight, c) => {
    if ((standardTotals[c] ?? 0) > 0) effectiveTotal += weight;
  });
  const categories = catalogue.categoryIds.length;
  return {
    catalogue,
    weights: vectors,
    standardTotals,
    effectiveTotal,
    sums: new Float64Array(categories),
    reported: new Float64Array(categories),
  };
}

/**
 * A standard's effective weight in the overall is categoryWeight x its share of the category's
 * standard weight, so completeness sums, per category, categoryWeight x the share reported.
 */
function categoriesOf(context: ScoringContext): {
  categories: Record<string, CategoryScore>;
  completeness: number;
} {
  const { catalogue, weights, standardTotals, sums, reported } = context;
  const categories: Record<string, CategoryScore> = {};
  let reportedWeight = 0;
  catalogue.categoryIds.forEach((id, c) => {
    const total = standardTotals[c]!;
    const share = total > 0 ? reported[c]! / total : 0;
    const score = reported[c]! > 0 ? tidy(sums[c]! / reported[c]!) : null;
    categories[id] = { score, completeness: tidy(share) };
    reportedWeight += weights.category[c]! * share;
  });
  const completeness =
    context.effectiveTotal > 0 ? tidy(reportedWeight / context.effectiveTotal) : 0;
  return { categories, completeness };
}

function standardsOf(ids: readonly string[], matrix: Float64Array, offset: number) {
  const standards: Record<string, number | null> = {};
  ids.forEach((id, s) => {
    const score = matrix[offset + s]!;
    standards[id] = Number.isNaN(score) ? null : score;
  });
  return standards;
}

export function scoreSystem(
  system: System,
  matrix: Float64Array,
  row: number,
  context: ScoringContext,
): SystemScore {
  const { standardIds, standardCategory } = context.catalogue;
  const offset = row * standardIds.length;
  sumCategories(
    matrix,
    offset,
    standardCategory,
    context.weights.standard,
    context.sums,
    context.reported,
  );
  const overallValue = overallOf(context.sums, context.reported, context.weights.category);
  const overall = Number.isNaN(overallValue) ? null : overallValue;
  const { categories, completeness } = categoriesOf(context);
  return {
    code: system.code,
    regionCode: system.regionCode,
    population: system.population,
    overall,
    completeness,
    lowConfidence: overall === null || completeness < LOW_CONFIDENCE_BELOW,
    categories,
    standards: standardsOf(standardIds, matrix, offset),
  };
}
