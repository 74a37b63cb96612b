import { describe, expect, it } from 'vitest';
import { productBody } from '../../testing/fixtures/mesh/product-body';
import { inProcessFeedWorker } from '../../testing/in-process-feed-worker';
import { parseFeed } from '../../domain/feed/parse-feed';
import { grantOwnership } from '../../domain/mesh/ownership';
import {
  entryFor,
  minimalCatalogue,
  minimalReference,
  productFor,
} from '../../testing/fixtures/mesh/minimal-mesh';
import { LoadError } from '../load-error';
import { parseReferenceOffThread } from './parse-reference-off-thread';

const URL = 'http://localhost/data/mesh/reference.json';
const text = JSON.stringify(minimalReference);

describe('parseReferenceOffThread', () => {
  it('parses the reference in the worker as the page would, and the checks reuse its copy', async () => {
    const { client, sent } = inProcessFeedWorker();
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
    expect(sent.map((message) => message.kind)).toEqual(['decode', 'check-product']);
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
    for (const worker of [inProcessFeedWorker().client, null]) {
      const error = await parseReferenceOffThread(body, URL, worker).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoadError);
      expect(error).toMatchObject({ failure, url: URL, resource: 'data product' });
      expect((error as Error).message).toMatch(message);
    }
  });
});
