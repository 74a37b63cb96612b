import { useMutation, useQueryClient } from '@tanstack/react-query';
import { decodeFeedBytes } from '../domain/feed/decode-feed-bytes';
import { setActiveFeedSource } from './active-feed-source';
import type { LoadedFeed } from './decode-feed';
import { LoadError } from './load-error';
import { queryKeys } from './query-keys';

/** Larger files are refused with a message: reading them would exhaust a modest laptop's tab. */
export const MAX_FEED_FILE_BYTES = 100 * 1024 * 1024;

let fileCounter = 0;

/** Reads and validates a feed file in the browser; nothing is uploaded anywhere. */
export async function readFeedFile(file: File): Promise<LoadedFeed> {
  if (file.size > MAX_FEED_FILE_BYTES) {
    throw new LoadError(
      'too-large',
      file.name,
      `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FEED_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new LoadError('unreadable-file', file.name, 'The file could not be read');
  }
  // The same decoder as a feed fetched by URL and the feed checker: one file, one verdict.
  const decoded = decodeFeedBytes(bytes);
  if (!decoded.ok) throw new LoadError('bad-encoding', file.name, decoded.reason);
  // The parser (the contract's schemas, zod's full build) loads when a file is chosen, not with
  // the Data page (README "JS size budget").
  const { decodeFeedOffThread } = await import('./decode-feed-off-thread');
  return decodeFeedOffThread(decoded.text, file.name);
}

/** Loads a local feed file and shows it everywhere in the dashboard until the user switches back. */
export function useLoadFeedFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readFeedFile,
    onSuccess: (loaded, file) => {
      fileCounter += 1;
      const id = `${fileCounter}-${file.name}`;
      const source = { kind: 'file', id, name: file.name, size: file.size } as const;
      queryClient.setQueryData(queryKeys.feed.bySource(source), loaded);
      setActiveFeedSource(source);
    },
  });
}
