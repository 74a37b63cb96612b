/**
 * Writes public/schema/feed-v1.schema.json, feed-v1.odcs.yaml (the same contract in the Open Data
 * Contract Standard) and catalogue-v1.schema.json from the zod schemas: `npm run build:schema`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFeedJsonSchema } from '../src/domain/feed/feed-json-schema';
import { ODCS_FILE, renderOdcsContract } from '../src/domain/feed/odcs-contract';
import { renderCatalogueJsonSchema } from '../src/domain/mesh/catalogue-json-schema';

const target = new URL('../public/schema/feed-v1.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, renderFeedJsonSchema());
console.log(`Wrote ${fileURLToPath(target)}`);

const catalogueTarget = new URL('../public/schema/catalogue-v1.schema.json', import.meta.url);
writeFileSync(catalogueTarget, renderCatalogueJsonSchema());
console.log(`Wrote ${fileURLToPath(catalogueTarget)}`);

const odcsTarget = new URL(`../public/schema/${ODCS_FILE}`, import.meta.url);
writeFileSync(odcsTarget, renderOdcsContract());
console.log(`Wrote ${fileURLToPath(odcsTarget)}`);
