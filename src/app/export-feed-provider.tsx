import type { ReactNode } from 'react';
import { useFeedStatus } from '../api/feed-query';
import { ExportFeedContext } from '../lib/xlsx/export-feed-context';

/** Gives every table's XLSX download the feed on screen, without suspending or throwing. */
export function ExportFeedProvider({ children }: { children: ReactNode }) {
  const { data } = useFeedStatus();
  return <ExportFeedContext value={data?.feed ?? null}>{children}</ExportFeedContext>;
}
