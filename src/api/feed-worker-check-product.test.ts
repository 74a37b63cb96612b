import { describe, expect, it } from 'vitest';
import { checkDomainProduct } from '../domain/mesh/check-product';
import { entryFor, productFor } from '../testing/fixtures/mesh/minimal-mesh';
import { grants, reference, rowReference } from '../testing/fixtures/mesh/minimal-mesh-checked';
import { createFeedStore, handleFeedRequest } from './feed-worker-handler';

function keptReference() {
  const store = createFeedStore();
  const reply = handleFeedRequest(store, { kind: 'keep', feed: reference });
  if (reply.kind !== 'kept') throw new Error(`expected kept, got ${reply.kind}`);
  return { store, version: reply.version };
}

describe('the feed worker checks a mesh product', () => {
  it('exactly as the domain does, against the reference it keeps', () => {
    const { store, version } = keptReference();
    const raw = productFor('S2');
    const entry = entryFor('S2');
    const text = JSON.stringify(raw);
    expect(
      handleFeedRequest(store, { kind: 'check-product', version, text, entry, grants }),
    ).toEqual({
      kind: 'product-checked',
      check: checkDomainProduct({ raw, entry, reference: rowReference, grants }),
    });
  });

  it('says a body that is not JSON is unreadable, with the parser’s words', () => {
    const { store, version } = keptReference();
    const reply = handleFeedRequest(store, {
      kind: 'check-product',
      version,
      text: '{"metadata',
      entry: entryFor('S1'),
      grants,
    });
    expect(reply).toMatchObject({ kind: 'product-unreadable' });
    expect(reply.kind === 'product-unreadable' && reply.reason).toMatch(
      /^The data product is not valid JSON: /,
    );
  });

  it('asks for the reference again when it no longer holds it', () => {
    const store = createFeedStore();
    const text = JSON.stringify(productFor('S1'));
    const request = {
      kind: 'check-product' as const,
      version: 'v7',
      text,
      entry: entryFor('S1'),
      grants,
    };
    expect(handleFeedRequest(store, request)).toEqual({
      kind: 'unknown-version',
      version: 'v7',
    });
  });
});
