import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { minimalReference } from '../../testing/fixtures/mesh/minimal-mesh';
import { server } from '../../testing/msw/server';
import { loadMesh } from './load-mesh';
import type { MeshLoad } from './load-mesh';
// Without a worker the loader imports the page's readers on first use; loaded here first, so that
// loading them (slow on a busy machine) does not shift when products settle against the delays.
import './check-product-here';
import './parse-reference-here';
import '../../domain/mesh/read-catalogue';

const URL = 'http://localhost/data/mesh/catalogue.json';

/** A clock that moves 100 ms each time it is read, so the interval rule can be driven. */
function steppingClock() {
  let now = 0;
  return () => (now += 100);
}

const summary = (mesh: MeshLoad) => ({
  complete: mesh.complete,
  products: mesh.merged.products,
  pending: [...mesh.outcomes.values()].filter((o) => o.kind === 'pending').length,
  loading: [...mesh.merged.sources.values()].filter((s) => s.kind === 'pending').length,
});

/** The products whose files come `ms` later than the others (the default handler then serves them). */
function slowProducts(ms: Record<string, number>) {
  server.use(
    http.get('*/data/mesh/products/:file', async ({ params }) => {
      const wait = ms[String(params.file)];
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    }),
  );
}

describe('loadMesh drawing the mesh while it arrives', () => {
  it('hands on partial views after the first wave, systems not yet in as pending', async () => {
    const partials: MeshLoad[] = [];
    slowProducts({ 'ics-s3.json': 150, 'ics-s4.json': 300 });
    const mesh = await loadMesh(URL, undefined, undefined, {
      onPartial: (partial) => partials.push(partial),
      firstWave: 2,
      everyMs: 0,
      now: steppingClock(),
    });
    // Four products: views at 2 and 3 settled; the fourth is the finished load, not a partial.
    expect(partials.map(summary)).toEqual([
      { complete: false, products: { loaded: 2, total: 4 }, pending: 2, loading: 2 },
      { complete: false, products: { loaded: 3, total: 4 }, pending: 1, loading: 1 },
    ]);
    // Each partial view holds only the rows of the products in so far, never made-up zeros.
    expect(partials[0]?.merged.feed.observations.length).toBeLessThan(
      mesh.merged.feed.observations.length,
    );
    expect(summary(mesh)).toEqual({
      complete: true,
      products: { loaded: 4, total: 4 },
      pending: 0,
      loading: 0,
    });
  });

  it('waits for the interval between partial views', async () => {
    const partials: MeshLoad[] = [];
    slowProducts({ 'ics-s2.json': 150, 'ics-s3.json': 150, 'ics-s4.json': 150 });
    await loadMesh(URL, undefined, undefined, {
      onPartial: (partial) => partials.push(partial),
      firstWave: 1,
      // The clock moves 100 ms a read: the second and third products come too soon.
      everyMs: 10_000,
      now: steppingClock(),
    });
    expect(partials.map((p) => p.merged.products.loaded)).toEqual([1]);
  });

  it('draws the products in so far when one slow product holds back the rest', async () => {
    // ics-s2 and ics-s3 settle inside the interval after the first view and nothing settles
    // after them until ics-s4: without a second look once the interval has passed, the view
    // would stay at the first product for as long as ics-s4 takes.
    const partials: MeshLoad[] = [];
    slowProducts({ 'ics-s4.json': 3000 });
    const mesh = await loadMesh(URL, undefined, undefined, {
      onPartial: (partial) => partials.push(partial),
      firstWave: 1,
      everyMs: 400,
    });
    expect(partials.at(-1) && summary(partials.at(-1)!)).toEqual({
      complete: false,
      products: { loaded: 3, total: 4 },
      pending: 1,
      loading: 1,
    });
    expect(summary(mesh)).toMatchObject({ complete: true, products: { loaded: 4, total: 4 } });
  });

  it('draws nothing partial once every product has arrived: the finished view is next', async () => {
    // The products answer at once and the reference 100 ms later, so all four are in hand
    // before the first check can settle.
    const partials: MeshLoad[] = [];
    server.use(
      http.get('*/data/mesh/reference.json', async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return HttpResponse.json(minimalReference);
      }),
    );
    const mesh = await loadMesh(URL, undefined, undefined, {
      onPartial: (partial) => partials.push(partial),
      firstWave: 1,
      everyMs: 0,
      now: steppingClock(),
    });
    expect(partials).toEqual([]);
    expect(summary(mesh)).toMatchObject({ complete: true, products: { loaded: 4, total: 4 } });
  });

  it('draws nothing partial without the reference product, and nothing after it failed', async () => {
    const partials: MeshLoad[] = [];
    server.use(
      http.get('*/data/mesh/reference.json', () => new HttpResponse(null, { status: 500 })),
    );
    const error = await loadMesh(URL, undefined, undefined, {
      onPartial: (partial) => partials.push(partial),
      firstWave: 1,
      everyMs: 0,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(partials).toEqual([]);
  });

  it('draws once the reference arrives when the first wave settled before it', async () => {
    const partials: MeshLoad[] = [];
    const later = () => new Promise((resolve) => setTimeout(resolve, 300));
    server.use(
      http.get('*/data/mesh/products/ics-s1.json', () => new HttpResponse(null, { status: 404 })),
      http.get('*/data/mesh/products/:file', async () => {
        await later();
        // No answer here: the default handler serves the product.
      }),
      http.get('*/data/mesh/reference.json', async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return HttpResponse.json(minimalReference);
      }),
    );
    await loadMesh(URL, undefined, undefined, {
      onPartial: (partial) => partials.push(partial),
      firstWave: 1,
      everyMs: 10_000,
      now: steppingClock(),
    });
    // ics-s1's 404 settled before the reference came; the view is drawn when it does.
    expect(partials.map(summary)).toEqual([
      { complete: false, products: { loaded: 0, total: 4 }, pending: 3, loading: 3 },
    ]);
    expect(partials[0]?.merged.sources.get('S1')).toMatchObject({ kind: 'unavailable' });
  });
});
