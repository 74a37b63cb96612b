/**
 * The published JSON Schema of feed v1 (public/schema/feed-v1.schema.json), generated from the zod
 * schema so the two never drift. `npm run build:schema` writes it; a test fails if the file is stale.
 *
 * JSON Schema describes a wholly valid feed. The parser is more forgiving: it rejects bad rows one
 * by one and also checks what JSON Schema cannot say (references, duplicates, period order, shares).
 */
import { z } from 'zod';
import { ProductDescriptorSchema } from '../mesh/product-schema';
import { FeedSchema, HttpUrlSchema } from './feed-schema';

export const FEED_JSON_SCHEMA_ID = 'feed-v1.schema.json';

type JsonSchemaNode = Record<string, unknown>;

const isNode = (value: unknown): value is JsonSchemaNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const allowsNull = (node: JsonSchemaNode) =>
  node.type === 'null' || (Array.isArray(node.anyOf) && node.anyOf.some(allowsNullNode));
const allowsNullNode = (node: unknown) => isNode(node) && allowsNull(node);

/**
 * The parser reads `null` in a field that may be left out as "left out" (null-as-absent.ts), so
 * the published schema admits it too: every property not listed in `required` also takes null.
 * The default stays on the outside, where JSON Schema tools look for it.
 */
function admitNullWhereOptional(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(admitNullWhereOptional);
  if (!isNode(node)) return;
  for (const child of Object.values(node)) admitNullWhereOptional(child);
  const properties = node.properties;
  if (!isNode(properties)) return;
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  for (const [key, property] of Object.entries(properties)) {
    if (required.has(key) || !isNode(property) || allowsNull(property)) continue;
    const { default: fallback, ...rest } = property;
    properties[key] = {
      ...(fallback === undefined ? {} : { default: fallback }),
      anyOf: [rest, { type: 'null' }],
    };
  }
}

// The optional `product` section (1.1) describes a data product of the mesh; a single feed leaves
// it out and the parser does not need it, so it is in the published contracts only.
export const FeedContractSchema = FeedSchema.extend({
  product: ProductDescriptorSchema.optional(),
});

/** The contract as plain JSON Schema, before null is admitted: also the source of the ODCS file. */
export function contractJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FeedContractSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // format "uri" alone admits javascript: and data: URLs; the feed only allows web links.
      if (zodSchema === HttpUrlSchema) jsonSchema.pattern = '^https?://';
    },
  });
}

export function buildFeedJsonSchema(): object {
  const generated = contractJsonSchema();
  admitNullWhereOptional(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: FEED_JSON_SCHEMA_ID,
    title: 'Interoperability readiness feed, version 1',
    description:
      "Per-system adoption of national interoperability standards for England's Integrated Care Systems. Generated from the dashboard's zod schema; see docs/feed-contract.md for the rules the dashboard checks beyond this schema.",
    ...rest,
  };
}

/** The file's exact text: 2-space indentation and a trailing newline. */
export function renderFeedJsonSchema(): string {
  return `${JSON.stringify(buildFeedJsonSchema(), null, 2)}\n`;
}
