import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { standardSortFrom } from '../../domain/tables/standard-row-order';
import type { StandardFilter, StandardSort } from '../../domain/tables/standard-row-order';

export interface StandardsView extends StandardFilter {
  sort: StandardSort;
  setSort: (sort: StandardSort) => void;
  setCategory: (categoryId: string | null) => void;
  setQuery: (query: string) => void;
  /** Every category and no search, in one URL update. */
  clearFilters: () => void;
}

/**
 * The standards table's sort, category and search, held in the URL (`?sort=live&dir=desc
 * &category=transfers&q=fhir`) so a view can be shared or bookmarked. Changes replace the history
 * entry: each keystroke or click is not a step worth going Back to.
 */
export function useStandardsView(categoryIds: readonly string[]): StandardsView {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  const category = params.get('category');
  return {
    sort: standardSortFrom(params.get('sort'), params.get('dir')),
    // An unknown category (an old link, a changed feed) shows everything rather than nothing.
    categoryId: category !== null && categoryIds.includes(category) ? category : null,
    query: params.get('q') ?? '',
    setSort: useCallback(
      (sort: StandardSort) => update({ sort: sort.column, dir: sort.direction }),
      [update],
    ),
    setCategory: useCallback((id: string | null) => update({ category: id }), [update]),
    setQuery: useCallback((query: string) => update({ q: query }), [update]),
    // One update: react-router hands each functional update the URL of the last render, so two
    // updates in a row would lose the first.
    clearFilters: useCallback(() => update({ category: null, q: null }), [update]),
  };
}
