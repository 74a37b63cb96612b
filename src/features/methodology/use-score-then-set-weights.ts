import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { scoresQueryOptions, useSourceKey } from '../../api/scores-query';
import type { Feed } from '../../domain/feed/feed-schema';
import type { Weights } from '../../domain/scoring/weights';
import { weightsKey } from '../../lib/url-state/weight-diffs';

const nextTask = (step: () => void) => void setTimeout(step, 0);

/**
 * Sets the weights once they are scored, in a task of their own. Left to the page, the scoring
 * of a new weighting ran inside its render (useScores suspends and scores there), so one render
 * step did both and, with the CPU slowed to a phone's, took 70-90 ms (issue 15: no task over
 * 50 ms when the reader changes a weight). Scored first, the render finds the scores cached.
 * `schedule` runs a step as a new task (setTimeout; tests pass their own).
 */
export function useScoreThenSetWeights(
  feed: Feed,
  published: Weights,
  setWeights: (next: Weights) => void,
  schedule: (step: () => void) => void = nextTask,
): (next: Weights) => void {
  const client = useQueryClient();
  const sourceKey = useSourceKey();
  return useCallback(
    (next: Weights) =>
      schedule(() => {
        const options = scoresQueryOptions(sourceKey, feed, next, weightsKey(next, published));
        // Scores the bundled feed here and now (a large feed goes to the worker and resolves later,
        // when the render would have waited for it anyway).
        void client.prefetchQuery(options);
        schedule(() => setWeights(next));
      }),
    [client, sourceKey, feed, published, setWeights, schedule],
  );
}
