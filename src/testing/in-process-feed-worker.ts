import { createFeedWorkerClient } from '../api/feed-worker-client';
import type { WorkerLike } from '../api/feed-worker-client';
import { createFeedWorkerEndpoint } from '../api/feed-worker-fetch';
import { createFeedStore } from '../api/feed-worker-handler';
import type { FeedWorkerCall } from '../api/feed-worker-messages';

/**
 * A feed worker client over a stand-in worker that runs the real handler in this thread, cloning
 * each message as a browser does and answering a task later. `sent` lists every request, in order.
 */
export function inProcessFeedWorker() {
  const store = createFeedStore(2);
  const sent: FeedWorkerCall[] = [];
  const spawn = (): WorkerLike => {
    const endpoint = createFeedWorkerEndpoint(
      store,
      (envelope) => {
        const reply = structuredClone(envelope);
        worker.onmessage?.({ data: reply } as MessageEvent<typeof reply>);
      },
      { rowsPerPart: Infinity },
    );
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (envelope) => {
        const request = structuredClone(envelope);
        sent.push(request.message);
        setTimeout(() => endpoint(request), 0);
      },
    };
    return worker;
  };
  return { client: createFeedWorkerClient(spawn), sent };
}
