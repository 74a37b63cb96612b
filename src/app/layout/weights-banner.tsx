import { Link, useLocation } from 'react-router';
import { useLoadedFeed } from '../../api/feed-query';
import type { Feed } from '../../domain/feed/feed-schema';
import { useWeights } from '../../lib/url-state/use-weights';

/** While what-if weights are in force, every page says so and offers Reset. */
export function WeightsBanner() {
  const data = useLoadedFeed();
  return data ? <WeightsBannerFor feed={data.feed} /> : null;
}

function WeightsBannerFor({ feed }: { feed: Feed }) {
  const { isCustom, reset, weights } = useWeights(feed);
  const { pathname, search } = useLocation();
  if (!isCustom) return null;
  return (
    <section className="nhsuk-inset-text app-weights-banner" aria-label="Custom weights">
      <p>
        <strong>This view uses your own weights</strong>, not the published ones, so scores and
        ranks differ from the published figures.
        {weights.measuredUse
          ? ' Measured use is included in the scores of standards a published measure is linked to.'
          : null}
        {pathname === '/methodology' ? null : (
          <>
            {' '}
            <Link to={{ pathname: '/methodology', search, hash: '#rank-moves' }}>
              See how ranks moved
            </Link>
            .
          </>
        )}
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={reset}
      >
        Reset to the published weights
      </button>
    </section>
  );
}
