import type { ReactNode } from 'react';
import { useEffect } from 'react';
import {
  confirmOrigin,
  isOriginConfirmed,
  setActiveFeedSource,
} from '../../api/active-feed-source';
import { feedUrlFromParam, isCrossOrigin } from '../../api/feed-source';
import { PageTitle } from '../../components/ui/page-title';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';

/**
 * Honours `?feed=<url>`. A feed on this site is loaded at once; a feed from another site is loaded
 * only after the reader confirms, so a crafted link cannot pass off someone else's numbers as
 * official. Once chosen, the parameter is removed from the address bar and the banner takes over.
 */
export function FeedSourceGate({ children }: { children: ReactNode }) {
  const write = useUrlWriter();
  const pageUrl = window.location.href;
  const requested = feedUrlFromParam(useUrlParam('feed'), pageUrl);
  const needsConfirmation =
    requested !== null &&
    isCrossOrigin(requested, pageUrl) &&
    !isOriginConfirmed(new URL(requested).origin);

  const accept = (url: string) => {
    setActiveFeedSource({ kind: 'url', url });
    write({ feed: null }, { replace: true });
  };

  useEffect(() => {
    if (requested !== null && !needsConfirmation) accept(requested);
    // accept only depends on values already listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requested, needsConfirmation]);

  if (requested === null || !needsConfirmation) return <>{children}</>;

  const origin = new URL(requested).origin;
  const decline = () => write({ feed: null }, { replace: true });
  return (
    <>
      <PageTitle title="Load data from another site?" />
      <h1 className="nhsuk-heading-xl">Load data from another site?</h1>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Not the published feed
        </h2>
        <p>
          The link you followed asks the dashboard to show data from <strong>{origin}</strong>, not
          from this site. Anyone can publish a feed, so only continue if you trust that site. While
          its data is shown, a banner on every page names where it came from.
        </p>
        <p>
          Full address: <code>{requested}</code>
        </p>
      </div>
      <div className="app-button-group">
        <button
          type="button"
          className="nhsuk-button"
          onClick={() => {
            confirmOrigin(origin);
            accept(requested);
          }}
        >
          Load data from {origin}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={decline}>
          No, show the published feed
        </button>
      </div>
    </>
  );
}
