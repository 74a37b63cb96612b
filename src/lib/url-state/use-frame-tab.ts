import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { frameTabFromParam, paramsWithFrameTab, TABLES_PARAM } from './frame-tabs-param';
import type { FrameTab } from './frame-tabs-param';
import { useSearchUpdater } from './use-search-updater';

/** The tab a chart frame shows, kept in the URL; switching replaces history, not adds to it. */
export function useFrameTab(frameId: string): [FrameTab, (tab: FrameTab) => void] {
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  const tab = frameTabFromParam(params.get(TABLES_PARAM), frameId);
  const setTab = useCallback(
    (next: FrameTab) =>
      update((current) => paramsWithFrameTab(current, frameId, next), { replace: true }),
    [update, frameId],
  );
  return [tab, setTab];
}
