import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchMeshLoad, benchSingleLoad, loadMeshFiles } from './bench-mesh';

const file = (path: string) => fileURLToPath(new URL(`../../public/data/${path}`, import.meta.url));

describe('loadMeshFiles', () => {
  it('loads the bundled mesh from disk as the app does: 49 products, 2 planted unusable', async () => {
    // cornwall-and-the-isles-of-scilly has no file; one product declares contract 2.0.
    const merged = await loadMeshFiles(file('mesh/catalogue.json'));
    expect(merged.products).toEqual({ loaded: 47, total: 49 });
    expect(merged.feed.observations.length).toBeGreaterThan(0);
  });
});

describe('benchMeshLoad and benchSingleLoad', () => {
  it.each([
    [
      'the mesh',
      () => benchMeshLoad({ name: 'm', path: file('mesh/catalogue.json'), runs: 1, warmUp: 0 }),
      49,
    ],
    [
      'the single feed',
      () => benchSingleLoad({ name: 's', path: file('feed.json'), runs: 1, warmUp: 0 }),
      0,
    ],
  ])('%s: a finite duration for each stage and its product count', async (_name, run, products) => {
    const figures = await run();
    expect(figures.products).toBe(products);
    for (const value of Object.values(figures.medians)) {
      expect(Number.isFinite(value) && value >= 0).toBe(true);
    }
  });
});
