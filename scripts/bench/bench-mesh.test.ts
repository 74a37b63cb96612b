import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchLoadPair, loadMeshFiles } from './bench-mesh';

const file = (path: string) => fileURLToPath(new URL(`../../public/data/${path}`, import.meta.url));

describe('loadMeshFiles', () => {
  it('loads the bundled mesh from disk as the app does: 50 products (49 domain and one source-aligned), 2 planted unusable', async () => {
    // cornwall-and-the-isles-of-scilly has no file; one product declares contract 2.0.
    const merged = await loadMeshFiles(file('mesh/catalogue.json'));
    expect(merged.products).toEqual({ loaded: 48, total: 50 });
    expect(merged.feed.observations.length).toBeGreaterThan(0);
  });
});

describe('benchLoadPair', () => {
  it('times the single feed and the mesh, with their counts and a ratio', async () => {
    const pair = await benchLoadPair({
      runs: 1,
      warmUp: 0,
      single: { name: 's', path: file('feed.json') },
      mesh: { name: 'm', path: file('mesh/catalogue.json') },
    });
    expect([pair.single.products, pair.mesh.products, pair.mesh.loaded]).toEqual([0, 50, 48]);
    expect(pair.single.observations).toBe(16505);
    const times = [pair.single, pair.mesh].flatMap(({ medians }) => [
      medians.loadMs,
      medians.scoreFeedMs,
      medians.totalMs,
    ]);
    for (const value of [...times, pair.ratio]) {
      expect(Number.isFinite(value) && value >= 0).toBe(true);
    }
  });
});
