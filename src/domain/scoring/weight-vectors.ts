/**
 * Weights resolved against a feed's catalogue into typed arrays, so the scoring loops index by
 * position instead of looking up ids: they run a million times on a large feed and a thousand
 * times per rank-interval request.
 */
import type { Feed } from '../feed/feed-schema';
import { weightOf } from './weights';
import type { Weights } from './weights';

export interface Catalogue {
  categoryIds: string[];
  standardIds: string[];
  /** For each standard, its category's position; -1 when the category is unknown. */
  standardCategory: Int32Array;
}

export interface WeightVectors {
  /** Per category; 0 = switched off. */
  category: Float64Array;
  /** Per standard; 0 = switched off (or its category is unknown). */
  standard: Float64Array;
}

export function catalogueOf(feed: Pick<Feed, 'categories' | 'standards'>): Catalogue {
  const categoryIds = feed.categories.map((c) => c.id);
  const position = new Map(categoryIds.map((id, index) => [id, index]));
  const standardCategory = Int32Array.from(
    feed.standards,
    (standard) => position.get(standard.categoryId) ?? -1,
  );
  return { categoryIds, standardIds: feed.standards.map((s) => s.id), standardCategory };
}

export function weightVectorsOf(
  feed: Pick<Feed, 'categories' | 'standards'>,
  catalogue: Catalogue,
  weights: Weights,
): WeightVectors {
  const category = Float64Array.from(feed.categories, (c) =>
    weightOf(weights.categories, c.id, c.defaultWeight),
  );
  const standard = Float64Array.from(feed.standards, (s, index) =>
    catalogue.standardCategory[index] === -1
      ? 0
      : weightOf(weights.standards, s.id, s.defaultWeight),
  );
  return { category, standard };
}

/** Sum of standard weights in each category: the denominator of category completeness. */
export function standardWeightTotals(catalogue: Catalogue, vectors: WeightVectors): Float64Array {
  const totals = new Float64Array(catalogue.categoryIds.length);
  vectors.standard.forEach((weight, index) => {
    const category = catalogue.standardCategory[index] ?? -1;
    if (weight > 0 && category >= 0) totals[category] = (totals[category] ?? 0) + weight;
  });
  return totals;
}
