import { useState } from 'react';
import { useLocation } from 'react-router';
import { useActiveFeedSource } from '../../api/active-feed-source';
import { isDefaultSource } from '../../api/feed-source';
import { shareLink } from '../../lib/url-state/share-link';
import type { ShareFeed } from '../../lib/url-state/share-link';

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Copies a link that reopens exactly this view (every setting lives in the URL). Where the
 * clipboard is not allowed, the link is shown selected so the reader can copy it themselves.
 */
export function CopyLinkButton() {
  const location = useLocation();
  const source = useActiveFeedSource();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [forPath, setForPath] = useState(location.pathname + location.search);
  const current = location.pathname + location.search;
  if (forPath !== current) {
    // A new view: forget the last "copied" message.
    setForPath(current);
    setState({ kind: 'idle' });
  }
  const feed: ShareFeed =
    source.kind === 'file'
      ? { kind: 'file' }
      : isDefaultSource(source, window.location.href)
        ? { kind: 'default' }
        : { kind: 'url', url: source.url };
  const link = shareLink(window.location.href, feed);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url: link.url });
    }
  };
  return (
    <div className="app-copy-link" data-print-hide="">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-copy-link__button"
        onClick={() => void copy()}
      >
        Copy link to this view
      </button>
      {/* aria-live, not role="status": the page's own status messages keep that role to themselves. */}
      <p className="nhsuk-body-s app-copy-link__status" aria-live="polite">
        {state.kind === 'copied' ? `Link copied. ${link.caveat ?? ''}` : null}
      </p>
      {state.kind === 'manual' ? (
        <p className="nhsuk-body-s">
          <label htmlFor="app-copy-link-url">
            Your browser did not allow copying. Select and copy this link:
          </label>
          <input
            id="app-copy-link-url"
            className="nhsuk-input"
            readOnly
            value={state.url}
            onFocus={(event) => event.target.select()}
          />
        </p>
      ) : null}
    </div>
  );
}
