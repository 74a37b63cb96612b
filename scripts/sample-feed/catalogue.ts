/** The feed's categories and standards, from the reference standards and our own grouping. */
import type { Category, Standard } from '../../src/domain/feed/feed-schema';
import type { ReferenceData } from './read-reference';

export function buildCategories(ref: ReferenceData): Category[] {
  return ref.categories.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    defaultWeight: c.defaultWeight,
  }));
}

export function buildStandards(ref: ReferenceData): Standard[] {
  const categoryIds = new Set(ref.categories.map((c) => c.id));
  const mapping = new Map(ref.standardCategories.map((m) => [m.standardId, m]));
  if (mapping.size !== ref.standards.length) {
    throw new Error('standard-categories.csv must map every standard exactly once');
  }
  return ref.standards.map((s) => {
    const mapped = mapping.get(s.id);
    if (!mapped || !categoryIds.has(mapped.categoryId)) {
      throw new Error(`standard ${s.id} has no known category`);
    }
    return {
      id: s.id,
      name: s.name,
      owner: s.owner,
      categoryId: mapped.categoryId,
      adoptionMeans: s.adoptionMeans,
      ...(s.evidenceUrl ? { evidenceUrl: s.evidenceUrl } : {}),
      defaultWeight: mapped.defaultWeight,
    };
  });
}
