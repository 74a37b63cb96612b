/** The standards catalogue, in dependency order: categories -> standards. */
import { CategorySchema, StandardSchema } from './feed-schema';
import type { Category, Standard } from './feed-schema';
import type { IdRegistry } from './id-registry';
import { CATEGORY_REF, duplicateProblem, rawId, referenceProblem, settle } from './id-registry';
import { rowPath, runTable, unlessDuplicate, verdictOf } from './table-run';
import type { TableOutcome } from './table-run';
import { validateRow } from './validate-row';

const CATEGORIES = '$.categories';
const STANDARDS = '$.standards';

export function parseCategories(
  rows: unknown[],
  categories: IdRegistry<Category>,
): TableOutcome<Category> {
  return runTable('categories', CATEGORIES, rows, (raw, index) => {
    const path = rowPath(CATEGORIES, index);
    const verdict = unlessDuplicate(
      validateRow(CategorySchema, raw, path, 'category'),
      (category) => duplicateProblem(categories, category.id, `${path}.id`, 'category id'),
    );
    return settle(categories, verdict.ok ? verdict.value.id : rawId(raw, 'id'), path, verdict);
  });
}

export function parseStandards(
  rows: unknown[],
  categories: IdRegistry<Category>,
  standards: IdRegistry<Standard>,
): TableOutcome<Standard> {
  return runTable('standards', STANDARDS, rows, (raw, index) => {
    const path = rowPath(STANDARDS, index);
    const parsed = validateRow(StandardSchema, raw, path, 'standard');
    const checked = parsed.ok
      ? verdictOf(parsed.value, [
          referenceProblem(
            categories,
            parsed.value.categoryId,
            `${path}.categoryId`,
            CATEGORY_REF,
            'standard',
          ),
        ])
      : parsed;
    const verdict = unlessDuplicate(checked, (standard) =>
      duplicateProblem(standards, standard.id, `${path}.id`, 'standard id'),
    );
    return settle(standards, verdict.ok ? verdict.value.id : rawId(raw, 'id'), path, verdict);
  });
}
