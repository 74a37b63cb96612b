import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { scoresQueryOptions } from '../../api/scores-query';
import { queryKeys } from '../../api/query-keys';
import { defaultFeedSource } from '../../api/feed-source';
import { defaultWeights } from '../../domain/scoring/weights';
import { testFeed } from '../../testing/fixtures/domain/divides-test-data';
import { weightsKey } from '../../lib/url-state/weight-diffs';
import { useScoreThenSetWeights } from './use-score-then-set-weights';

const feed = testFeed(['2026-Q1'], [{ code: 'A', region: 'R', population: 1, values: [50] }]);
const published = defaultWeights(feed);

describe('useScoreThenSetWeights', () => {
  it('scores the new weights in one step and sets them in the next, so the render finds them cached', async () => {
    const client = new QueryClient();
    const steps: (() => void)[] = [];
    const setWeights = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () => useScoreThenSetWeights(feed, published, setWeights, (step) => steps.push(step)),
      { wrapper },
    );
    const next = { ...published, categories: { ...published.categories, identity: 99 } };
    const sourceKey = queryKeys.feed.bySource(defaultFeedSource(window.location.href)).join('|');
    const { queryKey } = scoresQueryOptions(sourceKey, feed, next, weightsKey(next, published));

    result.current(next);
    expect(steps).toHaveLength(1);
    expect(client.getQueryState(queryKey)).toBeUndefined();

    steps.shift()!();
    // Scored in this step (a feed this size is scored on the page), the weights not yet set.
    await vi.waitFor(() => expect(client.getQueryData(queryKey)).toBeDefined());
    expect(setWeights).not.toHaveBeenCalled();
    expect(steps).toHaveLength(1);

    steps.shift()!();
    expect(setWeights).toHaveBeenCalledExactlyOnceWith(next);
  });
});
