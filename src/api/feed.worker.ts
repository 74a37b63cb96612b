/// <reference lib="webworker" />
import { createFeedStore } from './feed-worker-handler';
import { createFeedWorkerEndpoint } from './feed-worker-fetch';
import type { FeedWorkerCall, FeedWorkerEnvelope } from './feed-worker-messages';

/**
 * The one long-lived feed worker: it fetches a URL feed, parses it, keeps it, and scores it on
 * request, so a large feed crosses between threads once instead of with every change of weights,
 * and its bytes never pass through the page's thread.
 */
const store = createFeedStore();
const onMessage = createFeedWorkerEndpoint(store, (envelope) => self.postMessage(envelope));

self.onmessage = (event: MessageEvent<FeedWorkerEnvelope<FeedWorkerCall>>) => {
  onMessage(event.data);
};
