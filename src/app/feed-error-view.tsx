import { useEffect, useRef } from 'react';
import { canKeepLastGood } from '../api/last-good/last-good-cache';
import type { LoadError, LoadResource } from '../api/load-error';
import { PageTitle } from '../components/ui/page-title';
import { ProblemPanel } from '../components/ui/problem-panel';

/** The feed keeps its long-standing wording; other resources say which one failed. */
const WORDING: Record<LoadResource, { title: string; address: string; fixer: string }> = {
  feed: { title: 'The data could not be loaded', address: 'Feed address', fixer: 'feed' },
  'map layout': {
    title: 'The map layout could not be loaded',
    address: 'Map layout address',
    fixer: 'map layout',
  },
  boundaries: {
    title: 'The boundaries could not be loaded',
    address: 'Boundaries address',
    fixer: 'boundaries file',
  },
  catalogue: {
    title: 'The data mesh catalogue could not be loaded',
    address: 'Catalogue address',
    fixer: 'catalogue',
  },
  'data product': {
    title: 'A data product could not be loaded',
    address: 'Data product address',
    fixer: 'data product',
  },
};

/** The resources kept for offline use (api/last-good); the map files ship with the app. */
const SAVED_RESOURCES = new Set<LoadResource>(['feed', 'catalogue', 'data product']);

/** What failed when a resource could not be loaded (address, status, reason), and a Retry. */
export function FeedErrorView({ error, onRetry }: { error: LoadError; onRetry: () => void }) {
  const wording = WORDING[error.resource];
  const heading = useRef<HTMLHeadingElement>(null);
  const stopped = error.failure === 'stopped';
  // Stop removes the button that had focus; the reader's next step starts at what it led to.
  useEffect(() => {
    if (stopped) heading.current?.focus();
  }, [stopped]);
  return (
    <>
      <PageTitle title={wording.title} />
      <h1 className="nhsuk-heading-xl" ref={heading} tabIndex={-1}>
        {wording.title}
      </h1>
      <ProblemPanel
        title="What failed"
        details={[
          { key: wording.address, value: <code>{error.url}</code> },
          { key: 'Reason', value: error.reason },
          ...(error.status ? [{ key: 'HTTP status', value: String(error.status) }] : []),
        ]}
      >
        <p>
          {stopped
            ? 'Retry starts loading again from the first attempt.'
            : error.transient
              ? 'This looks temporary. We already tried again a few times.'
              : error.resource === 'feed'
                ? 'Trying again will not help until the feed is fixed; tell its publisher.'
                : `Trying again will not help until the ${wording.fixer} is fixed.`}
        </p>
        {error.transient && canKeepLastGood() && SAVED_RESOURCES.has(error.resource) ? (
          <p>
            No copy of this data is saved on this device yet, so there is nothing to show until the
            connection is back. Once it has loaded, the dashboard keeps a copy for times like this.
          </p>
        ) : null}
      </ProblemPanel>
      <button type="button" className="nhsuk-button" onClick={onRetry}>
        Retry
      </button>
    </>
  );
}
