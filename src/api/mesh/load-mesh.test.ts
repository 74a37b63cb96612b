import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  minimalCatalogue,
  minimalReference,
  productFor,
} from '../../testing/fixtures/mesh/minimal-mesh';
import { server } from '../../testing/msw/server';
import { LoadError } from '../load-error';
import { loadMesh } from './load-mesh';

const URL = 'http://localhost/data/mesh/catalogue.json';

describe('loadMesh', () => {
  it('loads every product, merges their rows and reports progress as each settles', async () => {
    const progress: number[] = [];
    const mesh = await loadMesh(URL, undefined, ({ settled, total }) => {
      expect(total).toBe(4);
      progress.push(settled);
    });
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(mesh.merged.products).toEqual({ loaded: 4, total: 4 });
    // The minimal feed has 25 observations and 2 technology rows, all owned by S1 to S4.
    expect(mesh.merged.feed.observations).toHaveLength(25);
    expect(mesh.merged.feed.technology).toHaveLength(2);
  });

  it.each([
    ['answers 404', () => new HttpResponse(null, { status: 404 }), /HTTP 404/],
    ['is not JSON', () => new HttpResponse('{ nope', { status: 200 }), /not valid JSON/],
    [
      'is a web page',
      () =>
        new HttpResponse('<!doctype html><p>hi</p>', { headers: { 'Content-Type': 'text/html' } }),
      /web page/,
    ],
    ['cannot be reached', () => HttpResponse.error(), /could not be reached/],
    [
      'is not UTF-8',
      () => new HttpResponse(new Uint8Array([0x7b, 0xe9, 0x7d]), { status: 200 }),
      /not valid UTF-8: byte 0xE9 at offset 1/,
    ],
  ])('isolates a product that %s', async (_label, answer, reason) => {
    server.use(http.get('*/data/mesh/products/ics-s2.json', answer));
    const mesh = await loadMesh(URL);
    const outcome = mesh.outcomes.get('ics-s2');
    expect(outcome?.kind).toBe('unreachable');
    expect(outcome?.kind === 'unreachable' && outcome.reason).toMatch(reason);
    expect(mesh.merged.products).toEqual({ loaded: 3, total: 4 });
    expect(mesh.merged.sources.get('S2')).toMatchObject({ kind: 'unavailable', product: 'ics-s2' });
  });

  it('isolates a product that fails its contract or declares another major', async () => {
    server.use(
      http.get('*/data/mesh/products/ics-s1.json', () =>
        HttpResponse.json({ ...productFor('S1'), product: null }),
      ),
      http.get('*/data/mesh/products/ics-s3.json', () =>
        HttpResponse.json({
          ...productFor('S3'),
          metadata: { ...productFor('S3').metadata, schemaVersion: '2.0' },
        }),
      ),
    );
    const mesh = await loadMesh(URL);
    expect(mesh.outcomes.get('ics-s1')).toMatchObject({
      kind: 'unusable',
      check: { kind: 'failed' },
    });
    expect(mesh.outcomes.get('ics-s3')).toMatchObject({
      kind: 'unusable',
      check: { kind: 'incompatible' },
    });
    expect(mesh.merged.products.loaded).toBe(2);
  });

  it('fails as a whole, naming the catalogue, when the catalogue is unusable', async () => {
    server.use(
      http.get('*/data/mesh/catalogue.json', () =>
        HttpResponse.json({ ...minimalCatalogue(), products: 'all' }),
      ),
    );
    const error = await loadMesh(URL).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).resource).toBe('catalogue');
    expect((error as LoadError).reason).toMatch(/products/);
  });

  it('requests the products beside the reference product, not after it', async () => {
    const events: string[] = [];
    let productAsked: () => void = () => undefined;
    const firstProduct = new Promise<void>((resolve) => (productAsked = resolve));
    server.use(
      http.get('*/data/mesh/reference.json', async () => {
        // Answers once a product has been asked for (or after a second, so the old order fails
        // instead of hanging).
        await Promise.race([firstProduct, new Promise((resolve) => setTimeout(resolve, 1000))]);
        events.push('reference answered');
        return HttpResponse.json(minimalReference);
      }),
      http.get('*/data/mesh/products/:file', ({ params }) => {
        events.push(`asked ${String(params.file)}`);
        productAsked();
        // No answer here: the default handler serves the product.
      }),
    );
    const mesh = await loadMesh(URL);
    expect(events[0]).toMatch(/^asked ics-s\d\.json$/);
    expect(mesh.merged.products).toEqual({ loaded: 4, total: 4 });
  });

  it('reports no progress once the reference product has failed', async () => {
    const progress: number[] = [];
    server.use(
      http.get('*/data/mesh/reference.json', () => new HttpResponse(null, { status: 500 })),
    );
    const error = await loadMesh(URL, undefined, ({ settled }) => progress.push(settled)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LoadError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(progress).toEqual([]);
  });

  it('fails as a whole when the reference product is missing', async () => {
    server.use(
      http.get('*/data/mesh/reference.json', () => new HttpResponse(null, { status: 404 })),
    );
    const error = await loadMesh(URL).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).url).toBe('http://localhost/data/mesh/reference.json');
  });
});
