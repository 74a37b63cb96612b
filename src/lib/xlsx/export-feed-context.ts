import { createContext, useContext } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';

/**
 * The feed on screen, for the spreadsheet downloads' title sheet (source, date, licence,
 * illustrative). Components may not ask the api layer, and threading the feed through every table
 * would touch every page, so the app provides it once. Null until a feed has loaded.
 */
export const ExportFeedContext = createContext<Feed | null>(null);

export function useExportFeed(): Feed | null {
  return useContext(ExportFeedContext);
}
