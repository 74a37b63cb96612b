import { describe, expect, it } from 'vitest';
import { entryFor, minimalCatalogue } from '../../testing/fixtures/mesh/minimal-mesh';
import { inProcessFeedWorker } from '../../testing/in-process-feed-worker';
import { readCatalogueOffThread } from './read-catalogue-off-thread';

const valid = minimalCatalogue();
const twice = { ...minimalCatalogue(), products: [entryFor('S1'), entryFor('S1')] };
const withoutProducts: Record<string, unknown> = { ...minimalCatalogue() };
delete withoutProducts.products;

const owners = new Map([
  ['S1', 'ics-s1'],
  ['S2', 'ics-s2'],
  ['S3', 'ics-s3'],
  ['S4', 'ics-s4'],
]);

const cases = [
  {
    name: 'a valid catalogue, with who owns which system',
    raw: valid,
    expected: { ok: true, catalogue: valid, grants: { owners, conflicts: [] } },
  },
  {
    name: 'a product id listed twice',
    raw: twice,
    expected: {
      ok: false,
      fatal: {
        path: '$.products[1].id',
        reason: 'The catalogue lists the product id "ics-s1" twice; ids must be unique',
      },
    },
  },
  {
    name: 'no products',
    raw: withoutProducts,
    expected: {
      ok: false,
      fatal: {
        path: '$.products',
        reason:
          'The catalogue is invalid: products is missing; it must be a list of at most 5000 items',
      },
    },
  },
];

describe('readCatalogueOffThread', () => {
  it.each(cases)('reads $name in the feed worker', async ({ raw, expected }) => {
    const { client, sent } = inProcessFeedWorker();
    expect(await readCatalogueOffThread(raw, client)).toEqual(expected);
    // Checked in the worker: the page sent the JSON there and did not judge it itself.
    expect(sent.map((request) => request.kind)).toEqual(['read-catalogue']);
  });

  it.each(cases)('reads $name on the page where there is no worker', async ({ raw, expected }) => {
    expect(await readCatalogueOffThread(raw, null)).toEqual(expected);
  });
});
