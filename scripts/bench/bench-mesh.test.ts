import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import {
  benchLoadPair,
  benchMeshAgainstItsFeed,
  loadMeshFiles,
  writeSameContentFeed,
} from './bench-mesh';

const file = (path: string) => fileURLToPath(new URL(`../../public/data/${path}`, import.meta.url));

describe('loadMeshFiles', () => {
  it('loads the bundled mesh from disk as the app does: 50 products (49 domain and one source-aligned), 2 planted unusable', async () => {
    // cornwall-and-the-isles-of-scilly has no file; one product declares contract 2.0.
    const merged = await loadMeshFiles(file('mesh/catalogue.json'));
    expect(merged.products).toEqual({ loaded: 48, total: 50 });
    expect(merged.feed.observations.length).toBeGreaterThan(0);
  });
});

describe('writeSameContentFeed', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the mesh's merged model as one feed that parses back to that very model", async () => {
    dir = mkdtempSync(join(tmpdir(), 'same-content-test-'));
    const path = join(dir, 'feed.json');
    const merged = await writeSameContentFeed(file('mesh/catalogue.json'), path);
    const parsed = parseFeed(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.fatal.reason);
    expect(parsed.issues).toEqual([]);
    expect(parsed.feed).toEqual(merged.feed);
    // What the mesh gives: its planted faults cost 952 of the generator's 16,505 observations.
    const { observations, technology, measures, measurements } = parsed.feed;
    expect([observations, technology, measures, measurements].map((rows) => rows.length)).toEqual([
      15_553, 2_366, 1, 468,
    ]);
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

describe('benchMeshAgainstItsFeed', () => {
  it('compares the mesh with a single feed of exactly its rows, named after it', async () => {
    const pair = await benchMeshAgainstItsFeed({
      runs: 1,
      warmUp: 0,
      name: 'bundled mesh',
      cataloguePath: file('mesh/catalogue.json'),
    });
    expect(pair.single.name).toBe("single feed of the bundled mesh's content");
    expect([pair.single.observations, pair.mesh.observations]).toEqual([15_553, 15_553]);
    expect(Number.isFinite(pair.ratio)).toBe(true);
  });
});
