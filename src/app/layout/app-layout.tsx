import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { LoadingStatus } from '../../components/ui/loading-status';
import { DataIssueNotice } from '../../features/whats-new/data-issue-notice';
import { SearchUpdaterProvider } from '../../lib/url-state/use-search-updater';
import { FeedCurrencyNotice } from './feed-currency-notice';
import { FeedLoadingStatus } from './feed-loading-status';
import { FeedNotices } from './feed-notices';
import { ExportFeedProvider } from '../export-feed-provider';
import { hasOwnMeshProgress, isFeedFreePage } from '../feed-free-page';
import { FeedSourceBanner } from './feed-source-banner';
import { FeedSourceGate } from './feed-source-gate';
import { MeshArrivingBar } from './mesh-arriving-bar';
import { PageTools } from './page-tools';
import { SavedDataBanner } from './saved-data-banner';
import { ShareFeedProvider } from './share-feed-provider';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import { WeightsBanner } from './weights-banner';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate';
import { useScrollRestoration } from './use-scroll-restoration';
import { usePageLoading } from '../lazy-route';

/** The layout of every full page; `handlesAt` gives the handles of the routes matched at a path. */
export function AppLayout({ handlesAt }: { handlesAt: (pathname: string) => unknown[] }) {
  useFocusMainOnNavigate();
  useScrollRestoration();
  const pageLoading = usePageLoading();
  const handles = handlesAt(useLocation().pathname);
  const feedFree = handles.some(isFeedFreePage);
  const ownProgress = feedFree || handles.some(hasOwnMeshProgress);
  return (
    <SearchUpdaterProvider>
      <SkipLink />
      <SiteHeader />
      <div className="nhsuk-width-container">
        <FeedSourceBanner />
        {/* The main region keeps its place while the data loads: the tools come first and the
            footer starts below the screen, so nothing the reader can already see moves (layout
            shift, issue 15). */}
        <main className="nhsuk-main-wrapper app-main" id="maincontent" tabIndex={-1}>
          <PageTools />
          <MeshArrivingBar ownProgress={ownProgress} />
          <SavedDataBanner />
          <FeedSourceGate>
            {/* Pages suspend while the feed loads: say how it is going and offer Stop. */}
            <Suspense fallback={<FeedLoadingStatus />}>
              {/* The notices sit inside the boundary so they arrive with the page, in the commit
                  that removes the loading message. Above the boundary, the illustrative-data
                  notice came with the mesh's first products, while the page still waited, and
                  pushed the loading message down (CLS 0.072 on /systems at 412 px). */}
              {feedFree ? null : (
                <>
                  <FeedNotices />
                  <FeedCurrencyNotice />
                  <WeightsBanner />
                </>
              )}
              <DataIssueNotice />
              {pageLoading ? <LoadingStatus label="Loading page…" /> : null}
              <ShareFeedProvider embedded={false}>
                <ExportFeedProvider>
                  <Outlet />
                </ExportFeedProvider>
              </ShareFeedProvider>
            </Suspense>
          </FeedSourceGate>
        </main>
      </div>
      <SiteFooter />
    </SearchUpdaterProvider>
  );
}
