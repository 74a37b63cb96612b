import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchUpdater } from './use-search-updater';
import type { Feed } from '../domain/feed/feed-schema';
import { defaultWeights, weightsEqual } from '../domain/scoring/weights';
import type { Weights } from '../domain/scoring/weights';
import { paramsWithWeights, weightsFromParams, weightsKey } from './weights-param';

export interface WeightsState {
  weights: Weights;
  published: Weights;
  isCustom: boolean;
  /** Stable text for caching scores per weighting; "published" for the feed's own weights. */
  key: string;
  setWeights: (next: Weights) => void;
  reset: () => void;
}

/** The weights in force: the feed's published weights, changed by `cw` and `sw` in the URL. */
export function useWeights(feed: Feed): WeightsState {
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  const published = useMemo(() => defaultWeights(feed), [feed]);
  const weights = useMemo(() => weightsFromParams(params, published), [params, published]);
  const setWeights = useCallback(
    (next: Weights) =>
      // Replace, not push: each keystroke in a weight box is not a step worth going Back to.
      update((current) => paramsWithWeights(current, next, published), { replace: true }),
    [update, published],
  );
  const reset = useCallback(() => setWeights(published), [setWeights, published]);
  return {
    weights,
    published,
    isCustom: !weightsEqual(weights, published),
    key: weightsKey(weights, published),
    setWeights,
    reset,
  };
}
