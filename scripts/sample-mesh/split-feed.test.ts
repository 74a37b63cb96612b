import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample, DEFAULT_GENERATED_AT, DEFAULT_SEED } from '../sample-feed/build-feed';
import { readReference } from '../sample-feed/read-reference';
import { feedToJson } from '../sample-feed/serialise-feed';
import { productIdOf, splitFeed } from './split-feed';
import { withMeasuredProduct } from './measured-product';

const { feed } = buildSample(readReference(), {
  seed: DEFAULT_SEED,
  generatedAt: DEFAULT_GENERATED_AT,
});
const mesh = splitFeed(feed);
const published = join(import.meta.dirname, '..', '..', 'public', 'data', 'mesh');

describe('splitFeed on the sample feed', () => {
  it('lists one product per system of every vintage, each id once', () => {
    const ids = mesh.catalogue.products.map((entry) => entry.id);
    expect(ids).toHaveLength(feed.geography.systems.length);
    expect(new Set(ids).size).toBe(ids.length);
    const owned = mesh.catalogue.products.flatMap((entry) => entry.domain).sort();
    expect(owned).toEqual(feed.geography.systems.map((system) => system.code).sort());
  });

  it('plants each state once or twice, on different products', () => {
    const counts = Object.fromEntries(
      Object.entries(mesh.planted).map(([state, ids]) => [state, ids.length]),
    );
    expect(counts).toEqual({ late: 2, missed: 1, foreignRows: 1, missingUrl: 1, otherContract: 1 });
    const all = Object.values(mesh.planted).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('hands out every row of the feed to the product that owns it, apart from what was planted', () => {
    const planted = new Set([
      ...mesh.planted.late,
      ...mesh.planted.missed,
      ...mesh.planted.missingUrl,
    ]);
    let rows = 0;
    for (const entry of mesh.catalogue.products) {
      if (planted.has(entry.id)) continue;
      const product = mesh.products.get(`${entry.id}.json`) as {
        observations: { system: string }[];
      };
      const own = product.observations.filter((row) => entry.domain.includes(row.system));
      const expected = feed.observations.filter((row) => entry.domain.includes(row.system));
      expect(own).toHaveLength(expected.length);
      rows += own.length;
    }
    expect(rows).toBeGreaterThan(0.8 * feed.observations.length);
  });

  it('ends a retired ICB’s product with it', () => {
    const ended = feed.geography.systems.find((system) => system.validTo !== null);
    if (!ended) throw new Error('the sample has ended ICBs');
    const product = mesh.products.get(`${productIdOf(ended)}.json`) as {
      product: { status: string };
    };
    expect(product.product.status).toBe('retired');
  });

  it('matches the committed files in public/data/mesh byte for byte (run npm run mesh:build)', () => {
    // The build lists the illustrative measured product last (measured-product.ts).
    const built = withMeasuredProduct(mesh, feed, DEFAULT_SEED);
    expect(readFileSync(join(published, 'catalogue.json'), 'utf8')).toBe(
      `${JSON.stringify(built.catalogue, null, 2)}\n`,
    );
    expect(readFileSync(join(published, 'reference.json'), 'utf8')).toBe(
      feedToJson(built.reference),
    );
    // Beside each product's JSON sits its ODPS descriptor (odps-files.test.ts checks those).
    const jsonFiles = readdirSync(join(published, 'products')).filter((f) => f.endsWith('.json'));
    expect(jsonFiles.sort()).toEqual([...built.products.keys()].sort());
    for (const [file, product] of built.products) {
      expect(readFileSync(join(published, 'products', file), 'utf8')).toBe(feedToJson(product));
    }
  });
});
