import type { ReactNode } from 'react';
import { useActiveFeedSource } from '../../api/active-feed-source';
import { isDefaultSource } from '../../api/feed-source';
import { EmbedContext } from '../../lib/embed/embed-context';
import type { ShareFeed } from '../../lib/url-state/share-link';

/** The feed in use, as a shared or embedded link can carry it. */
export function useShareFeed(): ShareFeed {
  const source = useActiveFeedSource();
  if (source.kind === 'file') return { kind: 'file' };
  return isDefaultSource(source, window.location.href)
    ? { kind: 'default' }
    : { kind: 'url', url: source.url };
}

/**
 * Tells the chart frames below whether they sit in an embed page and which feed a link to them
 * must carry (components cannot ask the api layer themselves).
 */
export function ShareFeedProvider({
  embedded,
  children,
}: {
  embedded: boolean;
  children: ReactNode;
}) {
  const feed = useShareFeed();
  return <EmbedContext value={{ embedded, feed }}>{children}</EmbedContext>;
}
