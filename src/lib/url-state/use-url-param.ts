import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { UrlParamKey, UrlValues } from './url-params';
import { decodeRaw, paramName, readParam, writeParams } from './url-state';
import { useSearchUpdater } from './use-search-updater';

/**
 * The one reader of the URL: a parameter's typed value. Memoised on the parameter's own text, not
 * on the whole search string, so the value keeps its identity when anything else in the URL
 * changes (a tab click must not make `weights` or `peers` look new to every memo below).
 */
export function useUrlParam<K extends UrlParamKey>(key: K): UrlValues[K] {
  const [params] = useSearchParams();
  const raw = params.get(paramName(key));
  return useMemo(() => decodeRaw(key, raw), [key, raw]);
}

type Read = <K extends UrlParamKey>(key: K) => UrlValues[K];
type Changes = Partial<UrlValues> | ((read: Read) => Partial<UrlValues>);

/**
 * The one writer: typed changes, applied through the page's search updater (so quick changes build
 * on each other), defaults left out. A function gets the latest URL's values, for a change that
 * depends on them (a frame's tab in the shared `tables` list).
 */
export function useUrlWriter(): (changes: Changes, options?: { replace?: boolean }) => void {
  const update = useSearchUpdater();
  return useCallback(
    (changes, options) =>
      update((current) => {
        const read: Read = (key) => readParam(current, key);
        return writeParams(current, typeof changes === 'function' ? changes(read) : changes);
      }, options),
    [update],
  );
}
