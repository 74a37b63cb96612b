import { useCallback } from 'react';
import type { Region } from '../../../domain/feed/feed-schema';
import type { SystemFilter } from '../../../domain/systems/system-rows';
import { knownCode } from '../../../lib/url-state/feed-checks';
import { useUrlParam, useUrlWriter } from '../../../lib/url-state/use-url-param';

export interface SystemsListView extends SystemFilter {
  setQuery: (query: string) => void;
  setRegion: (regionCode: string | null) => void;
  /** No search and every region, in one URL update. */
  clearFilters: () => void;
}

/**
 * The list's search and region, held in the URL (`?q=north&region=Y63`) so a narrowed list can be
 * shared. Changes replace the history entry: a keystroke is not a step worth going Back to.
 */
export function useSystemsListView(regions: readonly Region[]): SystemsListView {
  const write = useUrlWriter();
  // An unknown region (an old link, another feed) means every region.
  const regionCode = knownCode(useUrlParam('region'), regions);
  return {
    query: useUrlParam('systemsQuery'),
    regionCode,
    setQuery: useCallback(
      (query: string) => write({ systemsQuery: query }, { replace: true }),
      [write],
    ),
    setRegion: useCallback(
      (code: string | null) => write({ region: code || null }, { replace: true }),
      [write],
    ),
    clearFilters: useCallback(
      () => write({ systemsQuery: '', region: null }, { replace: true }),
      [write],
    ),
  };
}
