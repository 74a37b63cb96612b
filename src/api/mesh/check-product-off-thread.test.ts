import { describe, expect, it } from 'vitest';
import { checkDomainProduct } from '../../domain/mesh/check-product';
import { entryFor, productFor } from '../../testing/fixtures/mesh/minimal-mesh';
import { grants, reference, rowReference } from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { productBody } from '../../testing/fixtures/mesh/product-body';
import { inProcessFeedWorker } from '../../testing/in-process-feed-worker';
import { productChecker } from './check-product-off-thread';

const NOT_UTF8 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
const NOT_UTF8_REASON =
  'The feed is not valid UTF-8: byte 0xE9 at offset 2 (it may be saved as Windows-1252 or ISO-8859-1); save it as UTF-8';

describe('productChecker', () => {
  it('hands the worker the product’s bytes, never its text, and keeps the page’s copy', async () => {
    const { client, sent } = inProcessFeedWorker();
    const check = productChecker(Promise.resolve(reference), grants, client);
    const raw = productFor('S2');
    const product = productBody('s2.json', JSON.stringify(raw));
    const before = [...(product.body.chunks[0] ?? [])];
    expect(await check(product, entryFor('S2'))).toEqual(
      checkDomainProduct({ raw, entry: entryFor('S2'), reference: rowReference, grants }),
    );
    const request = sent.find((message) => message.kind === 'check-product');
    expect(request).toMatchObject({ product: { url: 's2.json' } });
    expect(request && 'text' in request).toBe(false);
    // Copied, not transferred: the page saves these bytes once the whole mesh has passed.
    expect([...(product.body.chunks[0] ?? [])]).toEqual(before);
  });

  it.each([
    ['in the worker', true],
    ['on the page, where there is no worker', false],
  ])('names why bytes that are not UTF-8 are unreadable %s', async (_where, withWorker) => {
    const worker = withWorker ? inProcessFeedWorker().client : null;
    const check = productChecker(Promise.resolve(reference), grants, worker);
    await expect(check(productBody('s1.json', NOT_UTF8), entryFor('S1'))).rejects.toThrow(
      NOT_UTF8_REASON,
    );
  });
});
