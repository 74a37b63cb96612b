import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { SearchUpdaterProvider } from '../../lib/url-state/use-search-updater';
import { ExportFeedProvider } from '../export-feed-provider';
import { FeedLoadingStatus } from '../layout/feed-loading-status';
import { FeedSourceGate } from '../layout/feed-source-gate';
import { ShareFeedProvider } from '../layout/share-feed-provider';
import './embed.css';

/**
 * The page another site shows in an iframe: one chart, no header, navigation or search. It loads
 * the data the same way as the full pages (the mesh, or a `?feed=` address after the same
 * check), so an embed and its page always draw the same numbers.
 */
export function EmbedLayout() {
  return (
    <SearchUpdaterProvider>
      <ShareFeedProvider embedded>
        <main className="app-embed" id="maincontent" tabIndex={-1}>
          <FeedSourceGate>
            <Suspense fallback={<FeedLoadingStatus />}>
              <ExportFeedProvider>
                <Outlet />
              </ExportFeedProvider>
            </Suspense>
          </FeedSourceGate>
        </main>
      </ShareFeedProvider>
    </SearchUpdaterProvider>
  );
}
