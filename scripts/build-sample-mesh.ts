/**
 * `npm run mesh:build`: writes the sample mesh (public/data/mesh/: catalogue.json, reference.json
 * and products/<id>.json, each with its ODPS descriptor <id>.odps.yaml beside it) from the seeded
 * sample feed, so it always matches feed.json. The same
 * seed gives byte-identical files; the last product is the ILLUSTRATIVE measured-use one
 * (sample-mesh/measured-product.ts); `--out DIR` writes elsewhere. See docs/sample-feed.md, "The sample mesh".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildSample, DEFAULT_GENERATED_AT, DEFAULT_SEED } from './sample-feed/build-feed';
import { readReference } from './sample-feed/read-reference';
import { feedToJson } from './sample-feed/serialise-feed';
import { odpsFiles } from './sample-mesh/odps-files';
import { splitFeed } from './sample-mesh/split-feed';
import { withMeasuredProduct } from './sample-mesh/measured-product';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ? resolve(values.out) : join(projectRoot, 'public/data/mesh');

const { feed } = buildSample(readReference(), {
  seed: DEFAULT_SEED,
  generatedAt: DEFAULT_GENERATED_AT,
});
const mesh = withMeasuredProduct(splitFeed(feed), feed, DEFAULT_SEED);
rmSync(join(out, 'products'), { recursive: true, force: true });
mkdirSync(join(out, 'products'), { recursive: true });
writeFileSync(join(out, 'catalogue.json'), `${JSON.stringify(mesh.catalogue, null, 2)}\n`);
writeFileSync(join(out, 'reference.json'), feedToJson(mesh.reference));
for (const [file, product] of mesh.products)
  writeFileSync(join(out, 'products', file), feedToJson(product));
for (const [path, text] of odpsFiles(mesh)) writeFileSync(join(out, path), text);
console.log(
  `Wrote ${out}: catalogue, reference and ${mesh.products.size} of ${mesh.catalogue.products.length} products`,
);
for (const [state, ids] of Object.entries(mesh.planted))
  console.log(`  planted ${state}: ${ids.join(', ')}`);
