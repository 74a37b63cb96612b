/// <reference lib="webworker" />
import { createFeedStore, handleFeedRequest } from './feed-worker-handler';
import type { FeedWorkerEnvelope, FeedWorkerRequest } from './feed-worker-messages';
import { toReplyParts } from './feed-worker-parts';

/**
 * The one long-lived feed worker: it parses the feed, keeps it, and scores it on request, so a
 * large feed crosses between threads once instead of with every change of weights.
 */
const store = createFeedStore();

self.onmessage = (event: MessageEvent<FeedWorkerEnvelope<FeedWorkerRequest>>) => {
  const { id, message } = event.data;
  for (const part of toReplyParts(handleFeedRequest(store, message))) {
    self.postMessage({ id, message: part });
  }
};
