/**
 * The published JSON Schema of the mesh catalogue (public/schema/catalogue-v1.schema.json),
 * generated from the zod schema like the feed's; `npm run build:schema` writes it and a test fails
 * when the file is stale.
 */
import { z } from 'zod';
import { HttpUrlSchema } from '../feed/feed-schema';
import { CatalogueSchema } from './product-schema';

export const CATALOGUE_JSON_SCHEMA_ID = 'catalogue-v1.schema.json';

export function buildCatalogueJsonSchema(): object {
  const generated = z.toJSONSchema(CatalogueSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === HttpUrlSchema) jsonSchema.pattern = '^https?://';
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CATALOGUE_JSON_SCHEMA_ID,
    title: 'Interoperability readiness data mesh catalogue, version 1',
    description:
      'Lists the reference data product and every domain data product of the mesh, with where each is published, who owns it, the systems it owns and the contract version it is expected to follow. The first product in the list to claim a system owns it. See docs/data-mesh.md.',
    ...rest,
  };
}

export function renderCatalogueJsonSchema(): string {
  return `${JSON.stringify(buildCatalogueJsonSchema(), null, 2)}\n`;
}
