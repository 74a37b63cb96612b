import { LoadingStatus } from '../../components/ui/loading-status';
import { PageTools } from './page-tools';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import './app-shell.css';

/** The first message a reader sees, in the built page and in React's first frame alike. */
export const SHELL_LOADING_LABEL = 'Loading the dashboard…';

/**
 * The layout's parts that do not depend on the data or the route (src/app/layout/app-layout.tsx),
 * with the main region's first loading message. The build puts this markup in index.html
 * (scripts/prerender/), so it paints as soon as the CSS has arrived, and the router shows the same
 * while the first page's code loads, so React's first frame looks exactly like the built page.
 *
 * `prerendered`: in the built HTML the header search and the page tools would be dead until the
 * app runs, so they keep their exact space there but are hidden (app-shell.css), out of sight, of
 * the tab order and of the accessibility tree; the app's own frame shows them.
 */
export function AppShell({ prerendered = false }: { prerendered?: boolean }) {
  return (
    <div className={prerendered ? 'app-shell app-shell--prerendered' : 'app-shell'}>
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
  );
}
