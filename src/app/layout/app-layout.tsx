import { Suspense } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { LoadingStatus } from '../../components/ui/loading-status';
import { DataIssueNotice } from '../../features/whats-new/data-issue-notice';
import { SearchUpdaterProvider } from '../../lib/url-state/use-search-updater';
import { FeedCurrencyNotice } from './feed-currency-notice';
import { FeedLoadingStatus } from './feed-loading-status';
import { FeedNotices } from './feed-notices';
import { ExportFeedProvider } from '../export-feed-provider';
import { FeedSourceBanner } from './feed-source-banner';
import { FeedSourceGate } from './feed-source-gate';
import { PageTools } from './page-tools';
import { SavedDataBanner } from './saved-data-banner';
import { ShareFeedProvider } from './share-feed-provider';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import { WeightsBanner } from './weights-banner';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate';

export function AppLayout() {
  useFocusMainOnNavigate();
  const navigation = useNavigation();
  return (
    <SearchUpdaterProvider>
      <SkipLink />
      <SiteHeader />
      <div className="nhsuk-width-container">
        <FeedSourceBanner />
        {/* The main region keeps its place while the data loads: the tools come first and the
            notices that depend on the data appear below them, so nothing the reader can already
            see moves (layout shift, issue 15), and the footer starts below the screen. */}
        <main className="nhsuk-main-wrapper app-main" id="maincontent" tabIndex={-1}>
          <PageTools />
          <SavedDataBanner />
          <FeedNotices />
          <FeedCurrencyNotice />
          <WeightsBanner />
          <DataIssueNotice />
          {navigation.state === 'loading' ? <LoadingStatus label="Loading page…" /> : null}
          <FeedSourceGate>
            {/* Pages suspend while the feed loads: say how it is going and offer Stop. */}
            <Suspense fallback={<FeedLoadingStatus />}>
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
      <ScrollRestoration />
    </SearchUpdaterProvider>
  );
}
