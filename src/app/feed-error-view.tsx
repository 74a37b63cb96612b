import type { FeedLoadError } from '../api/feed-load-error';
import { PageTitle } from '../components/ui/page-title';
import { ProblemPanel } from '../components/ui/problem-panel';

/** What failed when the feed could not be loaded (address, status, reason), and a Retry. */
export function FeedErrorView({ error, onRetry }: { error: FeedLoadError; onRetry: () => void }) {
  return (
    <>
      <PageTitle title="The data could not be loaded" />
      <h1 className="nhsuk-heading-xl">The data could not be loaded</h1>
      <ProblemPanel
        title="What failed"
        details={[
          { key: 'Feed address', value: <code>{error.url}</code> },
          { key: 'Reason', value: error.reason },
          ...(error.status ? [{ key: 'HTTP status', value: String(error.status) }] : []),
        ]}
      >
        <p>
          {error.transient
            ? 'This looks temporary. We already tried again a few times.'
            : 'Trying again will not help until the feed is fixed; tell its publisher.'}
        </p>
      </ProblemPanel>
      <button type="button" className="nhsuk-button" onClick={onRetry}>
        Retry
      </button>
    </>
  );
}
