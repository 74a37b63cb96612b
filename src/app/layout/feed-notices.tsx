import { AppLink } from '../../components/ui/app-link';
import { useLoadedFeed } from '../../api/feed-query';

/**
 * Says, on every page, when the numbers are illustrative. Reads the feed without suspending or
 * fetching, so a failing feed leaves this quiet and the page's own error message does the talking.
 * It sits inside the page's loading boundary, which mounts it again on Retry: a fetching observer
 * there ran a failing feed's retries again and the retried load never finished (feed-faults test).
 */
export function FeedNotices() {
  const data = useLoadedFeed();
  if (!data?.feed.metadata.illustrative) return null;
  return (
    <div className="nhsuk-warning-callout app-illustrative-notice">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Illustrative data
      </h2>
      <p>
        The feed says its adoption figures are illustrative: a synthetic sample, not real
        measurements of any system. <AppLink to="/data">About this feed</AppLink>
      </p>
    </div>
  );
}
