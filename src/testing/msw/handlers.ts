import { http, HttpResponse } from 'msw';
import { minimalFeed } from '../fixtures/feeds/minimal-feed';
import { minimalHexJson } from '../fixtures/geo/minimal-hexjson';
import {
  minimalCatalogue,
  minimalReference,
  productFor,
  productId,
} from '../fixtures/mesh/minimal-mesh';

/**
 * The default handlers: the feed endpoint answers with a small valid feed, the map layout with a
 * layout for it. Scenarios
 * (`./scenarios.ts`) override them per test with `server.use(...)`.
 */
export const handlers = [
  http.get('*/data/feed.json', () => HttpResponse.json(minimalFeed)),
  http.get('*/geo/icb23.hexjson', () => HttpResponse.json(minimalHexJson)),
  // No boundaries file installed, as in a fresh checkout: the geographic map is not offered.
  http.get('*/geo/boundaries/*', () => new HttpResponse('Not found', { status: 404 })),
  // The minimal feed as a mesh: a catalogue, a reference product and products S1 to S4.
  http.get('*/data/mesh/catalogue.json', () => HttpResponse.json(minimalCatalogue())),
  http.get('*/data/mesh/reference.json', () => HttpResponse.json(minimalReference)),
  http.get('*/data/mesh/products/:file', ({ params }) => {
    const system = ['S1', 'S2', 'S3', 'S4'].find(
      (code) => `${productId(code)}.json` === params.file,
    );
    return system ? HttpResponse.json(productFor(system)) : new HttpResponse(null, { status: 404 });
  }),
];
