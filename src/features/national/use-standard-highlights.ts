import { useDeferredValue, useMemo } from 'react';
import { nationalStandardHighlights } from '../../domain/charts/national-page-model';
import type { Feed } from '../../domain/feed/feed-schema';
import type { FeedScores } from '../../domain/scoring/score-types';

/**
 * The quarter's standard highlights, one render behind the rest of the page: they read the
 * quarter's observations (about 220 ms on the 60 MB big-feed bench) and sit below the map, so the
 * map and summary draw first and the lists follow in a render of their own instead of making one
 * long task of both (issue 18). null until then, and for a quarter with no scores.
 */
export function useStandardHighlights(feed: Feed, scores: FeedScores, period: string | null) {
  const basis = useMemo(() => (period ? { feed, scores, period } : null), [feed, scores, period]);
  // The initial value makes even the first render (the page's mount) leave the work for later.
  const deferred = useDeferredValue(basis, null);
  return useMemo(
    () =>
      deferred ? nationalStandardHighlights(deferred.feed, deferred.scores, deferred.period) : null,
    [deferred],
  );
}
