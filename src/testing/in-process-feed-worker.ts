import { createFeedWorkerClient } from '../api/feed-worker-client';
import type { WorkerLike } from '../api/feed-worker-client';
import { createFeedStore, handleFeedRequest } from '../api/feed-worker-handler';
import type { FeedWorkerRequest } from '../api/feed-worker-messages';
import { toReplyParts } from '../api/feed-worker-parts';

/**
 * A feed worker client over a stand-in worker that runs the real handler in this thread, cloning
 * each message as a browser does and answering a task later. `sent` lists every request, in order.
 */
export function inProcessFeedWorker() {
  const store = createFeedStore(2);
  const sent: FeedWorkerRequest[] = [];
  const spawn = (): WorkerLike => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (envelope) => {
        const { id, message } = structuredClone(envelope);
        sent.push(message);
        setTimeout(() => {
          for (const part of toReplyParts(handleFeedRequest(store, message), Infinity)) {
            const reply = structuredClone({ id, message: part });
            worker.onmessage?.({ data: reply } as MessageEvent<typeof reply>);
          }
        }, 0);
      },
    };
    return worker;
  };
  return { client: createFeedWorkerClient(spawn), sent };
}
