/** Writes public/schema/feed-v1.schema.json from the zod feed schema: `npm run build:schema`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFeedJsonSchema } from '../src/domain/feed/feed-json-schema';

const target = new URL('../public/schema/feed-v1.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, renderFeedJsonSchema());
console.log(`Wrote ${fileURLToPath(target)}`);
