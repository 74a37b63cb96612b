/**
 * The large benchmark mesh: the generator's --scale feed (every system split into synthetic
 * areas) split by the sample mesh's own splitFeed into one domain product per area, so scale 10
 * gives 490 products, the "about 500" of issue 13. Written in a fresh temp directory the caller
 * removes; the bench writes its single feed of the same content from the mesh itself.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSample, DEFAULT_GENERATED_AT, DEFAULT_SEED } from '../sample-feed/build-feed';
import { readReference } from '../sample-feed/read-reference';
import { scaleSample } from '../sample-feed/scale';
import { feedToJson } from '../sample-feed/serialise-feed';
import { splitFeed } from '../sample-mesh/split-feed';

/** 49 systems of every vintage x 10 areas = 490 products. */
export const MESH_SCALE = 10;

export interface LargeMesh {
  dir: string;
  cataloguePath: string;
  products: number;
}

export function writeLargeMesh(scale: number = MESH_SCALE): LargeMesh {
  const build = buildSample(readReference(), {
    seed: DEFAULT_SEED,
    generatedAt: DEFAULT_GENERATED_AT,
  });
  const feed = scaleSample(build, scale, DEFAULT_SEED);
  const mesh = splitFeed(feed);
  const dir = mkdtempSync(join(tmpdir(), `interop-bench-mesh${scale}-`));
  mkdirSync(join(dir, 'products'));
  const cataloguePath = join(dir, 'catalogue.json');
  writeFileSync(cataloguePath, JSON.stringify(mesh.catalogue));
  writeFileSync(join(dir, 'reference.json'), feedToJson(mesh.reference));
  for (const [file, product] of mesh.products)
    writeFileSync(join(dir, 'products', file), feedToJson(product));
  return { dir, cataloguePath, products: mesh.catalogue.products.length };
}
