import { describe, expect, it } from 'vitest';
import { productBody } from '../../testing/fixtures/mesh/product-body';
import { parseFeed } from '../../domain/feed/parse-feed';
import { grantOwnership } from '../../domain/mesh/ownership';
import {
  entryFor,
  minimalCatalogue,
  minimalReference,
  productFor,
} from '../../testing/fixtures/mesh/minimal-mesh';
import { createFeedWorkerClient } from '../feed-worker-client';
import type { WorkerLike } from '../feed-worker-client';
import { createFeedStore, handleFeedRequest } from '../feed-worker-handler';
import type { FeedWorkerRequest } from '../feed-worker-messages';
import { toReplyParts } from '../feed-worker-parts';
import { LoadError } from '../load-error';
import { parseReferenceOffThread } from './parse-reference-off-thread';

const URL = 'http://localhost/data/mesh/reference.json';
const text = JSON.stringify(minimalReference);

/** A stand-in worker running the real handler, cloning messages as a browser does. */
function fakeWorker() {
  const store = createFeedStore(2);
  const sent: FeedWorkerRequest['kind'][] = [];
  const spawn = (): WorkerLike => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
      postMessage: (envelope) => {
        const { id, message } = structuredClone(envelope);
        sent.push(message.kind);
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

describe('parseReferenceOffThread', () => {
  it('parses the reference in the worker as the page would, and the checks reuse its copy', async () => {
    const { client, sent } = fakeWorker();
    const parse = await parseReferenceOffThread(text, URL, client);
    expect(parse).toEqual(parseFeed(JSON.parse(text)));
    const check = await client.checkProduct(
      parse.feed,
      productBody('s1.json', JSON.stringify(productFor('S1'))),
      entryFor('S1'),
      grantOwnership(minimalCatalogue()),
    );
    expect(check.ok).toBe(true);
    // Before, the page parsed it and the first check handed the whole feed over ('keep').
    expect(sent).toEqual(['decode', 'check-product']);
  });

  it('parses on the page where there is no worker', async () => {
    expect(await parseReferenceOffThread(text, URL, null)).toEqual(parseFeed(JSON.parse(text)));
  });

  it.each([
    [
      'with or without a worker: not JSON',
      '{ nope',
      'not-json',
      /^The data product is not valid JSON: /,
    ],
    [
      'with or without a worker: unusable',
      JSON.stringify({ ...minimalReference, standards: 'none' }),
      'unusable-feed',
      /^The reference product is unusable: .* \(at /,
    ],
  ])('fails in the same words %s', async (_name, body, failure, message) => {
    for (const worker of [fakeWorker().client, null]) {
      const error = await parseReferenceOffThread(body, URL, worker).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoadError);
      expect(error).toMatchObject({ failure, url: URL, resource: 'data product' });
      expect((error as Error).message).toMatch(message);
    }
  });
});
