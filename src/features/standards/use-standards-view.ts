import { useCallback, useMemo } from 'react';
import type { StandardFilter, StandardSort } from '../../domain/tables/standard-row-order';
import { knownCode } from '../../lib/url-state/feed-checks';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';

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
 * &category=transfers&q=fhir`) so a view can be shared or bookmarked. The default sort (name, A to
 * Z) leaves no trace. Changes replace the history entry: each keystroke or click is not a step
 * worth going Back to.
 */
export function useStandardsView(categoryIds: readonly string[]): StandardsView {
  const write = useUrlWriter();
  const column = useUrlParam('sort');
  const direction = useUrlParam('dir');
  const sort = useMemo(() => ({ column, direction }), [column, direction]);
  return {
    sort,
    // An unknown category (an old link, a changed feed) shows everything rather than nothing.
    categoryId: knownCode(useUrlParam('category'), categoryIds),
    query: useUrlParam('standardsQuery'),
    setSort: useCallback(
      (next: StandardSort) => write({ sort: next.column, dir: next.direction }, { replace: true }),
      [write],
    ),
    setCategory: useCallback(
      (id: string | null) => write({ category: id || null }, { replace: true }),
      [write],
    ),
    setQuery: useCallback(
      (query: string) => write({ standardsQuery: query }, { replace: true }),
      [write],
    ),
    clearFilters: useCallback(
      () => write({ category: null, standardsQuery: '' }, { replace: true }),
      [write],
    ),
  };
}
