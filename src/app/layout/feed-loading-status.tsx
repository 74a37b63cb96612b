import { useEffect, useState } from 'react';
import { useActiveFeedSource } from '../../api/active-feed-source';
import {
  stopFeedLoad,
  useFeedLoadProducts,
  useFeedLoadStatus,
  useFeedReading,
} from '../../api/feed-load-status';
import type { FeedReading } from '../../api/feed-load-status';
import { megabytes } from '../../api/fetch-failure';
import type { LoadStatus } from '../../api/fetch-with-retries';
import type { MeshProgress } from '../../api/mesh/load-mesh';

/** After this long a first attempt is worth offering a way out of. */
const OFFER_STOP_AFTER_MS = 3000;

const COUNT = new Intl.NumberFormat('en-GB');

function message(
  status: LoadStatus | null,
  products: MeshProgress | null,
  reading: FeedReading | null,
): string {
  if (products)
    return `Loading data: ${products.settled} of ${products.total} data products loaded…`;
  if (reading) return 'Loading data: reading and checking the feed…';
  if (!status || status.attempt === 1) return 'Loading data…';
  const problem = status.lastProblem ?? 'The feed did not load';
  return `${problem}. Trying again (attempt ${status.attempt} of ${status.attempts})…`;
}

function downloaded({ received, total }: LoadStatus): string {
  return `Downloaded ${megabytes(received)}${total ? ` of ${megabytes(total)}` : ''}`;
}

/**
 * What the reader sees while the feed loads: that it is loading, how much has arrived, that it is
 * trying again and why, and a Stop button, so a hanging server never leaves a silent "Loading"
 * for a minute. Stop ends the load as an error that names the address, with Retry.
 */
export function FeedLoadingStatus() {
  const source = useActiveFeedSource();
  const url = source.kind === 'url' ? source.url : null;
  const status = useFeedLoadStatus(url);
  const products = useFeedLoadProducts(url);
  const reading = useFeedReading(url);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), OFFER_STOP_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const offerStop = url !== null && status !== null && (slow || status.attempt > 1);
  return (
    <div className="app-feed-loading">
      <p className="app-loading" role="status" aria-live="polite">
        {message(status, products, reading)}
      </p>
      {/* Outside the live region: a byte count read aloud five times a second helps nobody. */}
      {reading?.rows != null ? (
        <p className="app-loading">
          Checked; {COUNT.format(reading.rows)} of {COUNT.format(reading.total)} rows taken in
        </p>
      ) : status?.phase === 'downloading' ? (
        <p className="app-loading">{downloaded(status)}</p>
      ) : null}
      {offerStop ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => stopFeedLoad(url)}
        >
          Stop
        </button>
      ) : null}
    </div>
  );
}
