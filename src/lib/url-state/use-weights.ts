import { useCallback, useMemo } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';
import { defaultWeights, weightsEqual } from '../../domain/scoring/weights';
import type { Weights } from '../../domain/scoring/weights';
import { useUrlParam, useUrlWriter } from './use-url-param';
import { weightDiffs, weightsKey, withWeightDiffs } from './weight-diffs';

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
  const cw = useUrlParam('categoryWeights');
  const sw = useUrlParam('standardWeights');
  const mu = useUrlParam('measuredUse');
  const write = useUrlWriter();
  const published = useMemo(() => defaultWeights(feed), [feed]);
  // cw and sw keep their identity while their text is unchanged, so this memo holds across tabs.
  const weights = useMemo(
    () => ({
      categories: withWeightDiffs(cw, published.categories),
      standards: withWeightDiffs(sw, published.standards),
      // Only present when on, so weights without it are exactly the weights they always were.
      ...(mu ? { measuredUse: true } : {}),
    }),
    [cw, sw, mu, published],
  );
  const setWeights = useCallback(
    (next: Weights) =>
      // Replace, not push: each keystroke in a weight box is not a step worth going Back to.
      write(
        {
          categoryWeights: weightDiffs(next.categories, published.categories),
          standardWeights: weightDiffs(next.standards, published.standards),
          measuredUse: next.measuredUse === true,
        },
        { replace: true },
      ),
    [write, published],
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
