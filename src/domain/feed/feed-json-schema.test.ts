import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { FEED_JSON_SCHEMA_ID, buildFeedJsonSchema, renderFeedJsonSchema } from './feed-json-schema';

const schemaFile = new URL('../../../public/schema/feed-v1.schema.json', import.meta.url);
const sampleFeedFile = new URL('../../../public/data/feed.json', import.meta.url);

function compileSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(buildFeedJsonSchema());
}

describe('the published JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run build:schema` if not)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(renderFeedJsonSchema());
  });

  it('is draft 2020-12 with an id, a title and a description', () => {
    expect(buildFeedJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: FEED_JSON_SCHEMA_ID,
      title: expect.any(String) as string,
      description: expect.any(String) as string,
    });
  });

  it("accepts the sample mesh's reference product, with its product section", () => {
    const reference: unknown = JSON.parse(
      readFileSync(new URL('../../../public/data/mesh/reference.json', import.meta.url), 'utf8'),
    );
    const validate = compileSchema();
    expect(validate(reference), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...minimalFeed, product: { id: 'x' } })).toBe(false);
  });

  it('accepts the minimal test feed', () => {
    const validate = compileSchema();
    expect(validate(minimalFeed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the bundled sample feed (public/data/feed.json, from the generator)', () => {
    expect(existsSync(sampleFeedFile), 'public/data/feed.json is missing').toBe(true);
    const validate = compileSchema();
    const sample: unknown = JSON.parse(readFileSync(sampleFeedFile, 'utf8'));
    expect(validate(sample), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it.each<[string, Parameters<typeof editFeed>[1]]>([
    ['a null odsCode', { set: ['geography', 'systems', 0, 'odsCode'], to: null }],
    ['a null coverage', { set: ['observations', 1, 'coverage'], to: null }],
    ['a null technology list', { set: ['technology'], to: null }],
    ['a null licence url', { set: ['metadata', 'licence', 'url'], to: null }],
  ])('accepts %s, as the parser does (null for an optional field is absent)', (_name, edit) => {
    const validate = compileSchema();
    expect(validate(editFeed(minimalFeed, edit)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[string, Parameters<typeof editFeed>[1]]>([
    ['a null population', { set: ['geography', 'systems', 0, 'population'], to: null }],
    ['schema version 2.0', { set: ['metadata', 'schemaVersion'], to: '2.0' }],
    ['coverage above 1', { set: ['observations', 1, 'coverage'], to: 1.4 }],
    ['a javascript: URL', { set: ['standards', 0, 'evidenceUrl'], to: 'javascript:alert(1)' }],
    ['a malformed period', { set: ['periods', 0], to: '2025Q4' }],
    ['a missing status', { remove: ['observations', 0, 'status'] }],
  ])('rejects a feed with %s', (_name, edit) => {
    expect(compileSchema()(editFeed(minimalFeed, edit))).toBe(false);
  });
});
