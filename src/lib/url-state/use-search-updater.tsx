import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

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
  const latest = useRef(location.search);
  useEffect(() => {
    latest.current = location.search;
  }, [location.search]);
  const update = useCallback<SearchUpdater>(
    (change, options) => {
      const next = change(new URLSearchParams(latest.current)).toString();
      latest.current = next ? `?${next}` : '';
      void navigate(
        { pathname: location.pathname, search: latest.current, hash: location.hash },
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
