import { setActiveFeedSource, useActiveFeedSource } from '../../api/active-feed-source';
import { isDefaultSource } from '../../api/feed-source';

/** While a feed other than the published one is shown, every page says where it came from. */
export function FeedSourceBanner() {
  const source = useActiveFeedSource();
  if (isDefaultSource(source, window.location.href)) return null;
  const from =
    source.kind === 'file'
      ? `the file ${source.name}, loaded from your computer`
      : new URL(source.url).origin === window.location.origin
        ? source.url
        : new URL(source.url).origin;
  return (
    <section className="nhsuk-inset-text app-source-banner" aria-label="Data source">
      <p>
        <strong>You are looking at data from {from}</strong>, not the dashboard’s published feed.
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => setActiveFeedSource(null)}
      >
        Show the published feed
      </button>
    </section>
  );
}
