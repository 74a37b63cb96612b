import { describe, expect, it } from 'vitest';
import { expectCountsReconcile, expectParsed } from '../../testing/feed-parse-assertions';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import type { FeedEdit } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { MetadataSchema, ObservationSchema, SystemSchema } from './feed-schema';
import { withoutNullOptionals } from './null-as-absent';
import { parseFeed } from './parse-feed';

describe('withoutNullOptionals', () => {
  it.each<[string, Parameters<typeof withoutNullOptionals>[0], unknown, unknown]>([
    ['an optional text field', SystemSchema, { code: 'S1', odsCode: null }, { code: 'S1' }],
    ['a field with a default', SystemSchema, { codeProvisional: null }, {}],
    ['a nullable field keeps null', SystemSchema, { validTo: null }, { validTo: null }],
    ['a required field keeps null', SystemSchema, { population: null }, { population: null }],
    ['an optional object', SystemSchema, { centroid: null }, {}],
    ['an unknown field is left alone', SystemSchema, { extra: null }, { extra: null }],
    ['an optional number', ObservationSchema, { coverage: null, note: null }, {}],
    [
      'inside a nested object',
      MetadataSchema,
      { licence: { name: 'OGL', url: null }, contact: null },
      { licence: { name: 'OGL' } },
    ],
    ['not an object', SystemSchema, null, null],
    ['a list', SystemSchema, [null], [null]],
  ])('%s', (_name, schema, raw, expected) => {
    expect(withoutNullOptionals(schema, raw)).toEqual(expected);
  });

  it('returns the row itself when there is nothing to drop, and never changes it', () => {
    const row = { code: 'S1', odsCode: 'QA1' };
    expect(withoutNullOptionals(SystemSchema, row)).toBe(row);
    const withNull = { code: 'S1', odsCode: null };
    withoutNullOptionals(SystemSchema, withNull);
    expect(withNull).toEqual({ code: 'S1', odsCode: null });
  });
});

describe('parseFeed: null for an optional field is absent', () => {
  it.each<[string, FeedEdit[]]>([
    ['a null odsCode', [{ set: ['geography', 'systems', 0, 'odsCode'], to: null }]],
    ['a null areaKm2 and centroid', [{ set: ['geography', 'systems', 0, 'centroid'], to: null }]],
    ['a null codeProvisional', [{ set: ['geography', 'systems', 0, 'codeProvisional'], to: null }]],
    ['a null coverage', [{ set: ['observations', 1, 'coverage'], to: null }]],
    ['a null evidenceUrl', [{ set: ['standards', 0, 'evidenceUrl'], to: null }]],
    ['a null licence url', [{ set: ['metadata', 'licence', 'url'], to: null }]],
    ['a null technology list', [{ set: ['technology'], to: null }]],
    ['a null adjacency list', [{ set: ['geography', 'adjacency'], to: null }]],
  ])('%s rejects nothing', (_name, edits) => {
    const parsed = expectParsed(parseFeed(editFeed(minimalFeed, ...edits)));
    expect(parsed.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expectCountsReconcile(parsed);
  });

  it('keeps a system with a null odsCode, and every row that refers to it', () => {
    const parsed = expectParsed(
      parseFeed(editFeed(minimalFeed, { set: ['geography', 'systems', 0, 'odsCode'], to: null })),
    );
    const westHills = parsed.feed.geography.systems.find((system) => system.code === 'S1');
    expect(westHills).toBeDefined();
    expect(westHills && 'odsCode' in westHills).toBe(false);
    const full = expectParsed(parseFeed(minimalFeed));
    expect(parsed.counts).toEqual(full.counts);
  });

  it.each<[string, FeedEdit, string, string]>([
    [
      'a null population (required)',
      { set: ['geography', 'systems', 0, 'population'], to: null },
      '$.geography.systems[0].population',
      'population must be a whole number greater than 0, got null',
    ],
    [
      'a null status (required)',
      { set: ['observations', 0, 'status'], to: null },
      '$.observations[0].status',
      'status must be one of',
    ],
  ])('%s is still rejected', (_name, edit, path, reason) => {
    const parsed = expectParsed(parseFeed(editFeed(minimalFeed, edit)));
    const errors = parsed.issues.filter((issue) => issue.severity === 'error');
    expect(errors[0]).toMatchObject({ path, reason: expect.stringContaining(reason) as string });
  });
});
