import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { currentFeedSource } from './active-feed-source';
import { queryKeys } from './query-keys';
import { prefetchShownFeed } from './prefetch-feed';

describe('prefetchShownFeed', () => {
  it('starts the shown feed’s query at once, under the key the pages read', async () => {
    const client = new QueryClient();
    prefetchShownFeed(client);
    const key = queryKeys.feed.bySource(currentFeedSource());
    expect(client.getQueryState(key)?.fetchStatus).toBe('fetching');
    await expect.poll(() => client.getQueryState(key)?.status, { timeout: 5000 }).toBe('success');
    client.clear();
  });
});
