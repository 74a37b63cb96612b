import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { currentFeedSource } from './active-feed-source';
import { queryKeys } from './query-keys';
import { prefetchShownFeed } from './prefetch-feed';

describe('prefetchShownFeed', () => {
  it('starts the shown feed’s query at once, under the key the pages read', async () => {
    const client = new QueryClient();
    const settled = prefetchShownFeed(client);
    const key = queryKeys.feed.bySource(currentFeedSource());
    expect(client.getQueryState(key)?.fetchStatus).toBe('fetching');
    // Resolves once the load has settled: the offline worker waits for it.
    await settled;
    expect(client.getQueryState(key)?.status).toBe('success');
    client.clear();
  });
});
