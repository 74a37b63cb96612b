import type { ReactNode } from 'react';
import { useLoadedFeed } from '../api/feed-query';
import { ExportFeedContext } from '../lib/xlsx/export-feed-context';

/** Gives every table's XLSX download the feed on screen, without suspending or throwing. */
export function ExportFeedProvider({ children }: { children: ReactNode }) {
  const loaded = useLoadedFeed();
  return <ExportFeedContext value={loaded?.feed ?? null}>{children}</ExportFeedContext>;
}
