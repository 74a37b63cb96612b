import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeExpected, schemaAt } from './describe-expected';
import { describeValue } from './describe-value';
import {
  CategorySchema,
  CrosswalkSchema,
  MetadataSchema,
  ObservationSchema,
  PeriodIdSchema,
  StandardSchema,
  SystemSchema,
} from './feed-schema';
import { fieldLabel, joinPath, valueAt } from './json-path';

describe('describeExpected reads the words from the schema', () => {
  it.each<[string, z.ZodType, string]>([
    ['a bounded number', ObservationSchema.shape.coverage, 'a number between 0 and 1'],
    ['a positive whole number', SystemSchema.shape.population, 'a whole number greater than 0'],
    ['a positive number', SystemSchema.shape.areaKm2, 'a number greater than 0'],
    [
      'an exclusive lower bound',
      CrosswalkSchema.shape.to.element.shape.populationShare,
      'a number greater than 0 and no more than 1',
    ],
    ['a number with no bounds', z.number(), 'a number'],
    ['an upper bound only', z.number().max(5), 'a number no more than 5'],
    ['text', SystemSchema.shape.name, 'non-empty text of at most 200 characters'],
    ['a pattern with its own message', PeriodIdSchema, 'a quarter like 2025-Q3'],
    ['an id pattern', CategorySchema.shape.id, 'a lower-case id of letters, digits and hyphens'],
    ['a URL', StandardSchema.shape.evidenceUrl, 'an http or https web address'],
    ['a date', SystemSchema.shape.validFrom, 'a date like 2026-03-31'],
    ['a nullable date', SystemSchema.shape.validTo, 'a date like 2026-03-31, or null'],
    [
      'a date and time',
      MetadataSchema.shape.generatedAt,
      'a date and time with a time zone, like 2026-10-01T09:00:00Z',
    ],
    ['a boolean', MetadataSchema.shape.illustrative, 'true or false'],
    ['a bounded list', CrosswalkSchema.shape.to, 'a list of 1 to 20 items'],
    ['a list with a maximum', MetadataSchema.shape.sourceNotes, 'a list of at most 50 items'],
    ['an object', CrosswalkSchema, 'an object'],
    [
      'an enum',
      ObservationSchema.shape.status,
      'one of "not-started", "planned", "piloting", "partial" or "live"',
    ],
  ])('%s', (_name, schema, expected) => {
    expect(describeExpected(schema)).toBe(expected);
  });

  it.each<[string, PropertyKey[], z.ZodType | undefined]>([
    ['a field', ['coverage'], ObservationSchema.shape.coverage],
    ['a nested field', ['to', 3, 'code'], CrosswalkSchema.shape.to.element.shape.code],
    ['a field the schema lacks', ['confidence'], undefined],
    ['an inherited name', ['constructor'], undefined],
  ])('schemaAt finds %s', (_name, keys, expected) => {
    const root = keys[0] === 'to' ? CrosswalkSchema : ObservationSchema;
    expect(schemaAt(root, keys)).toBe(expected);
  });
});

describe('describeValue shows what was received', () => {
  it.each<[string, unknown, string]>([
    ['a number', 1.4, '1.4'],
    ['a negative zero', -0, '0'],
    ['NaN', Number.NaN, 'NaN'],
    ['a string, quoted', 'high', '"high"'],
    ['a string with quotes', 'say "hi"', '"say \\"hi\\""'],
    ['a long string, cut', 'x'.repeat(61), `"${'x'.repeat(59)}…"`],
    ['null', null, 'null'],
    ['a boolean', false, 'false'],
    ['nothing', undefined, 'nothing'],
    ['an empty list', [], 'an empty list'],
    ['a list', [1, 2], 'a list of 2 items'],
    ['an object', { a: 1 }, 'an object'],
  ])('%s', (_name, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe('JSON paths', () => {
  it.each<[string, string, PropertyKey[], string]>([
    ['a row', '$.observations', [12], '$.observations[12]'],
    ['a field', '$.observations[12]', ['coverage'], '$.observations[12].coverage'],
    [
      'a nested field',
      '$.geography.crosswalk[0]',
      ['to', 1, 'code'],
      '$.geography.crosswalk[0].to[1].code',
    ],
    ['an odd key', '$', ['a key', "it's"], "$['a key']['it\\'s']"],
  ])('joinPath: %s', (_name, base, keys, expected) => {
    expect(joinPath(base, keys)).toBe(expected);
  });

  it('labels a field inside a row without the leading dot', () => {
    expect(fieldLabel(['to', 0, 'populationShare'])).toBe('to[0].populationShare');
  });

  it.each<[string, unknown, PropertyKey[], unknown]>([
    ['an own value', { a: [1, { b: 2 }] }, ['a', 1, 'b'], 2],
    ['a missing value', { a: 1 }, ['b'], undefined],
    ['an inherited value', {}, ['toString'], undefined],
    ['a path through a primitive', { a: 1 }, ['a', 'b'], undefined],
  ])('valueAt: %s', (_name, value, keys, expected) => {
    expect(valueAt(value, keys)).toBe(expected);
  });
});
