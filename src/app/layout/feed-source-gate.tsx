import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import {
  confirmOrigin,
  isOriginConfirmed,
  setActiveFeedSource,
} from '../../api/active-feed-source';
import { isCrossOrigin, readFeedParam } from '../../api/feed-source';
import type { FeedParam } from '../../api/feed-source';
import { PageTitle } from '../../components/ui/page-title';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';
import { RefusedFeedNotice } from './refused-feed-notice';

/**
 * Honours `?feed=<url>`. A feed on this site is loaded at once; a feed from another site is loaded
 * only after the reader confirms, so a crafted link cannot pass off someone else's numbers as
 * official. Once chosen, the parameter is removed from the address bar and the banner takes over.
 */
type Refused = Extract<FeedParam, { kind: 'refused' }>;

export function FeedSourceGate({ children }: { children: ReactNode }) {
  const write = useUrlWriter();
  const pageUrl = window.location.href;
  const param = useUrlParam('feed');
  const read = readFeedParam(param, pageUrl);
  const requested = read.kind === 'url' ? read.url : null;
  // Kept after the parameter leaves the address bar, until the reader dismisses it.
  const [refused, setRefused] = useState<Refused | null>(read.kind === 'refused' ? read : null);
  const [seenParam, setSeenParam] = useState(param);
  if (param !== seenParam) {
    // Adjusting state to a new link during render, as React advises, rather than in an effect.
    setSeenParam(param);
    if (read.kind !== 'none') setRefused(read.kind === 'refused' ? read : null);
  }
  const needsConfirmation =
    requested !== null &&
    isCrossOrigin(requested, pageUrl) &&
    !isOriginConfirmed(new URL(requested).origin);

  const accept = (url: string) => {
    setActiveFeedSource({ kind: 'url', url });
    write({ feed: null }, { replace: true });
  };

  useEffect(() => {
    if (read.kind === 'refused') write({ feed: null }, { replace: true });
    // read is derived from param, listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [param]);

  useEffect(() => {
    if (requested !== null && !needsConfirmation) accept(requested);
    // accept only depends on values already listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requested, needsConfirmation]);

  if (requested === null || !needsConfirmation)
    return (
      <>
        {refused ? (
          <RefusedFeedNotice
            param={refused.param}
            reason={refused.reason}
            onDismiss={() => setRefused(null)}
          />
        ) : null}
        {children}
      </>
    );

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
