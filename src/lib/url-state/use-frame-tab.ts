import { useCallback } from 'react';
import { frameTabIn, tablesWithFrameTab } from './frame-tabs';
import type { FrameTab } from './frame-tabs';
import { useUrlParam, useUrlWriter } from './use-url-param';

/** The tab a chart frame shows, kept in the URL; switching replaces history, not adds to it. */
export function useFrameTab(frameId: string): [FrameTab, (tab: FrameTab) => void] {
  const tab = frameTabIn(useUrlParam('tables'), frameId);
  const write = useUrlWriter();
  const setTab = useCallback(
    (next: FrameTab) =>
      write((read) => ({ tables: tablesWithFrameTab(read('tables'), frameId, next) }), {
        replace: true,
      }),
    [write, frameId],
  );
  return [tab, setTab];
}
