import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { rendered, written } from './pending-searches';
import type { PendingSearches } from './pending-searches';

type Update = (current: URLSearchParams) => URLSearchParams;
export type SearchUpdater = (update: Update, options?: { replace?: boolean }) => void;

const SearchUpdaterContext = createContext<SearchUpdater | null>(null);

/**
 * One updater of the URL's search parameters for the whole page, so each change builds on the
 * previous one even before the router has rendered it. The router's own functional setter builds
 * on the last rendered URL, so two quick changes (a quarter, then a metric) would lose the first;
 * and one updater per control would have the same race between controls.
 */
export function SearchUpdaterProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const searches = useRef<PendingSearches>({ latest: location.search, pending: [] });
  useEffect(() => {
    searches.current = rendered(searches.current, location.search);
  }, [location.search]);
  const update = useCallback<SearchUpdater>(
    (change, options) => {
      const built = change(new URLSearchParams(searches.current.latest)).toString();
      const search = built ? `?${built}` : '';
      // A change that changes nothing (Previous at the first quarter) adds no history entry.
      if (search === searches.current.latest) return;
      searches.current = written(searches.current, search);
      void navigate(
        { pathname: location.pathname, search, hash: location.hash },
        { replace: options?.replace ?? false, preventScrollReset: true },
      );
    },
    [navigate, location.pathname, location.hash],
  );
  return <SearchUpdaterContext value={update}>{children}</SearchUpdaterContext>;
}

export function useSearchUpdater(): SearchUpdater {
  const update = useContext(SearchUpdaterContext);
  if (!update) throw new Error('useSearchUpdater needs a SearchUpdaterProvider (the app layout)');
  return update;
}
