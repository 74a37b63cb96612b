import { describe, expect, it } from 'vitest';
import { checkDomainProduct } from '../domain/mesh/check-product';
import { entryFor, productFor } from '../testing/fixtures/mesh/minimal-mesh';
import { grants, reference, rowReference } from '../testing/fixtures/mesh/minimal-mesh-checked';
import { productBody } from '../testing/fixtures/mesh/product-body';
import { createFeedStore, handleFeedRequest } from './feed-worker-handler';
import type { ProductBody } from './mesh/product-json';

function keptReference() {
  const store = createFeedStore();
  const reply = handleFeedRequest(store, { kind: 'keep', feed: reference });
  if (reply.kind !== 'kept') throw new Error(`expected kept, got ${reply.kind}`);
  return { store, version: reply.version };
}

function check(product: ProductBody) {
  const { store, version } = keptReference();
  return handleFeedRequest(store, {
    kind: 'check-product',
    version,
    product,
    entry: entryFor('S1'),
    grants,
  });
}

describe('the feed worker checks a mesh product', () => {
  it('from its bytes, exactly as the domain does, against the reference it keeps', () => {
    const { store, version } = keptReference();
    const raw = productFor('S2');
    const entry = entryFor('S2');
    const product = productBody('s2.json', JSON.stringify(raw));
    expect(
      handleFeedRequest(store, { kind: 'check-product', version, product, entry, grants }),
    ).toEqual({
      kind: 'product-checked',
      check: checkDomainProduct({ raw, entry, reference: rowReference, grants }),
    });
  });

  it('reads a UTF-8 byte-order mark and a body in several chunks as the page did', () => {
    const text = `\ufeff${JSON.stringify(productFor('S1'))}`;
    const bytes = new TextEncoder().encode(text);
    const split = productBody('s1.json', bytes);
    split.body = { ...split.body, chunks: [bytes.subarray(0, 10), bytes.subarray(10)] };
    expect(check(split)).toMatchObject({ kind: 'product-checked', check: { ok: true } });
  });

  it.each([
    [
      'bytes that are not UTF-8 (Windows-1252 é at offset 2)',
      productBody('s1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])),
      'The feed is not valid UTF-8: byte 0xE9 at offset 2 (it may be saved as Windows-1252 or ISO-8859-1); save it as UTF-8',
    ],
    [
      'a web page',
      productBody('s1.json', '<!doctype html><p>hi</p>', 'text/html'),
      'The address returned a web page, not the data product file',
    ],
    [
      'text that is not JSON',
      productBody('s1.json', '{"metadata'),
      /^The data product is not valid JSON: /,
    ],
  ])('says a product of %s is unreadable, and why', (_label, product, reason) => {
    const reply = check(product);
    expect(reply.kind).toBe('product-unreadable');
    expect(reply.kind === 'product-unreadable' && reply.reason).toMatch(reason);
  });

  it('asks for the reference again when it no longer holds it', () => {
    const store = createFeedStore();
    const request = {
      kind: 'check-product' as const,
      version: 'v7',
      product: productBody('s1.json', JSON.stringify(productFor('S1'))),
      entry: entryFor('S1'),
      grants,
    };
    expect(handleFeedRequest(store, request)).toEqual({
      kind: 'unknown-version',
      version: 'v7',
    });
  });
});
