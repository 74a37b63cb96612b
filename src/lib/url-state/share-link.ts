/**
 * The address to share for the view on screen: the page's own URL (which holds every view
 * setting), plus `feed=` when the numbers come from a feed other than the site's own, so the
 * person who opens it sees the same numbers (after confirming a feed from another site).
 */
import { paramName } from './url-state';

export type ShareFeed = { kind: 'default' } | { kind: 'url'; url: string } | { kind: 'file' };

export interface ShareLink {
  url: string;
  /** Said beside the button when the link cannot carry the feed (a local file). */
  caveat: string | null;
}

export function shareLink(pageUrl: string, feed: ShareFeed): ShareLink {
  const url = new URL(pageUrl);
  url.hash = '';
  if (feed.kind === 'url') url.searchParams.set(paramName('feed'), feed.url);
  else url.searchParams.delete(paramName('feed'));
  return {
    url: url.href,
    caveat:
      feed.kind === 'file'
        ? 'The link opens the published feed: the file you loaded stays in your browser.'
        : null,
  };
}
