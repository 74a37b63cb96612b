/**
 * Writes public/schema/feed-v1.schema.json and catalogue-v1.schema.json from the zod schemas:
 * `npm run build:schema`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFeedJsonSchema } from '../src/domain/feed/feed-json-schema';
import { renderCatalogueJsonSchema } from '../src/domain/mesh/catalogue-json-schema';

const target = new URL('../public/schema/feed-v1.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, renderFeedJsonSchema());
console.log(`Wrote ${fileURLToPath(target)}`);

const catalogueTarget = new URL('../public/schema/catalogue-v1.schema.json', import.meta.url);
writeFileSync(catalogueTarget, renderCatalogueJsonSchema());
console.log(`Wrote ${fileURLToPath(catalogueTarget)}`);
