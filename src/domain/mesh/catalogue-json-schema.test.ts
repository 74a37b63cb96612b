import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { minimalCatalogue } from '../../testing/fixtures/mesh/minimal-mesh';
import { buildCatalogueJsonSchema, renderCatalogueJsonSchema } from './catalogue-json-schema';

const schemaFile = new URL('../../../public/schema/catalogue-v1.schema.json', import.meta.url);
const bundled = new URL('../../../public/data/mesh/catalogue.json', import.meta.url);

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(buildCatalogueJsonSchema());
}

describe('the published catalogue JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run build:schema` if not)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(renderCatalogueJsonSchema());
  });

  it('accepts the test catalogue and the bundled one', () => {
    const validate = compile();
    expect(validate(minimalCatalogue()), JSON.stringify(validate.errors)).toBe(true);
    expect(
      validate(JSON.parse(readFileSync(bundled, 'utf8'))),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it.each([
    ['no products list', { ...minimalCatalogue(), products: undefined }],
    [
      'a javascript: URL',
      {
        ...minimalCatalogue(),
        reference: { ...minimalCatalogue().reference, url: 'javascript:alert(1)' },
      },
    ],
    [
      'a bad id',
      { ...minimalCatalogue(), reference: { ...minimalCatalogue().reference, id: 'Not An Id' } },
    ],
  ])('rejects a catalogue with %s', (_label, catalogue) => {
    expect(compile()(catalogue)).toBe(false);
  });
});
