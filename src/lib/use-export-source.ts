import { useMemo } from 'react';
import type { Feed } from '../domain/feed/feed-schema';
import { exportSource } from './export-source';
import type { ExportSource } from './export-source';
import { useWeights } from './url-state/use-weights';

/** The source line for charts drawn from `feed` under the weights in the URL. */
export function useExportSource(feed: Feed): ExportSource {
  const { isCustom } = useWeights(feed);
  return useMemo(() => exportSource(feed.metadata, isCustom), [feed.metadata, isCustom]);
}
