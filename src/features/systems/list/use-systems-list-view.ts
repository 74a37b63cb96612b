import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Region } from '../../../domain/feed/feed-schema';
import { regionFromParam } from '../../../domain/systems/system-rows';
import type { SystemFilter } from '../../../domain/systems/system-rows';
import { useSearchUpdater } from '../../../lib/use-search-updater';

export const QUERY_PARAM = 'q';
export const REGION_PARAM = 'region';

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
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  const change = useCallback(
    (changes: Record<string, string | null>) =>
      update(
        (next) => {
          for (const [name, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [update],
  );
  return {
    query: params.get(QUERY_PARAM) ?? '',
    regionCode: regionFromParam(params.get(REGION_PARAM), regions),
    setQuery: useCallback((query: string) => change({ [QUERY_PARAM]: query }), [change]),
    setRegion: useCallback((code: string | null) => change({ [REGION_PARAM]: code }), [change]),
    clearFilters: useCallback(
      () => change({ [QUERY_PARAM]: null, [REGION_PARAM]: null }),
      [change],
    ),
  };
}
