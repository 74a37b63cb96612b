import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadingStatus } from '../../components/ui/loading-status';
import { PageTools } from './page-tools';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import './app-shell.css';

/** The first message a reader sees, in the built page and in React's first frame alike. */
export const SHELL_LOADING_LABEL = 'Loading the dashboard…';

/** A query client that never fetches: the shell shows the header and footer as before any data. */
function idleQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { enabled: false } } });
}

/**
 * The layout's parts that do not depend on the data or the route (src/app/layout/app-layout.tsx),
 * with the main region's first loading message. The build puts this markup in index.html
 * (scripts/prerender/), so it paints as soon as the CSS has arrived, and the router shows the same
 * while the first page's code loads, so React's first frame looks exactly like the built page.
 *
 * The header search and the page tools would be dead in the built HTML, so they keep their exact
 * space but are hidden (app-shell.css): out of sight, of the tab order and of the accessibility
 * tree. The layout's own, working ones replace them.
 *
 * Its own idle query client: the header and footer observe the feed's query, and observers
 * unmounted while the feed loads (when the layout replaces this) cancel that load, which the
 * layout then started again: the whole mesh was downloaded twice.
 */
export function AppShell() {
  const [queryClient] = useState(idleQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <div className="app-shell">
        <SkipLink />
        <SiteHeader />
        <div className="nhsuk-width-container">
          {/* The same element and classes as the layout's main region, so nothing moves. */}
          <main className="nhsuk-main-wrapper app-main" id="maincontent" tabIndex={-1}>
            <PageTools />
            <LoadingStatus label={SHELL_LOADING_LABEL} />
          </main>
        </div>
        <SiteFooter />
      </div>
    </QueryClientProvider>
  );
}
