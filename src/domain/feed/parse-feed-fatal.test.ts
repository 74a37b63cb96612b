import { describe, expect, it } from 'vitest';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import type { FeedEdit } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { parseFeed } from './parse-feed';

const NOT_AN_OBJECT = 'The feed must be a JSON object with metadata, geography, categories';

describe('parseFeed: an unusable envelope is one fatal error', () => {
  it.each<[string, unknown, string, string]>([
    ['null', null, '$', `${NOT_AN_OBJECT}, standards and periods; got null`],
    ['a number', 42, '$', 'got 42'],
    ['a string', 'feed', '$', 'got "feed"'],
    ['an array', [minimalFeed], '$', 'got a list of 1 item'],
    ['an empty object', {}, '$.metadata', 'The feed has no metadata'],
  ])('%s', (_name, input, path, reason) => {
    const result = parseFeed(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fatal.path).toBe(path);
    expect(result.fatal.reason).toContain(reason);
  });

  const metadata = (key: string) => ['metadata', key];
  it.each<[string, FeedEdit[], string, string]>([
    [
      'metadata that is not an object',
      [{ set: ['metadata'], to: 'v1' }],
      '$.metadata',
      'metadata must be an object, got "v1"',
    ],
    [
      'schema version 2.0',
      [{ set: metadata('schemaVersion'), to: '2.0' }],
      '$.metadata.schemaVersion',
      'Feed schema version 2.0 is not supported; this dashboard reads version 1.x',
    ],
    [
      'schema version 10.3',
      [{ set: metadata('schemaVersion'), to: '10.3' }],
      '$.metadata.schemaVersion',
      'Feed schema version 10.3 is not supported',
    ],
    [
      'schema version 0.9',
      [{ set: metadata('schemaVersion'), to: '0.9' }],
      '$.metadata.schemaVersion',
      'Feed schema version 0.9 is not supported',
    ],
    [
      'a missing schema version',
      [{ remove: metadata('schemaVersion') }],
      '$.metadata.schemaVersion',
      'schemaVersion is missing; it must be a version 1.x such as "1.0"',
    ],
    [
      'a schema version given as a number',
      [{ set: metadata('schemaVersion'), to: 1 }],
      '$.metadata.schemaVersion',
      'schemaVersion must be a version 1.x such as "1.0", got 1',
    ],
    [
      'a three-part schema version',
      [{ set: metadata('schemaVersion'), to: '1.0.1' }],
      '$.metadata.schemaVersion',
      'got "1.0.1"',
    ],
    [
      'an unreadable generatedAt',
      [{ set: metadata('generatedAt'), to: 'yesterday' }],
      '$.metadata.generatedAt',
      "The feed's metadata is invalid: generatedAt must be a date and time with a time zone",
    ],
    [
      'a javascript: licence URL',
      [{ set: ['metadata', 'licence', 'url'], to: 'javascript:alert(1)' }],
      '$.metadata.licence.url',
      'licence.url must be an http or https web address, got "javascript:alert(1)"',
    ],
    [
      'two metadata problems',
      [{ remove: metadata('title') }, { set: metadata('illustrative'), to: 'yes' }],
      '$.metadata.title',
      'title is missing; it must be non-empty text of at most 200 characters (and 1 more problem in metadata)',
    ],
    ['no geography', [{ remove: ['geography'] }], '$.geography', 'The feed has no geography'],
    [
      'geography as a list',
      [{ set: ['geography'], to: [] }],
      '$.geography',
      'geography must be an object, got an empty list',
    ],
    [
      'no regions',
      [{ remove: ['geography', 'regions'] }],
      '$.geography.regions',
      'geography.regions is missing',
    ],
    [
      'no systems',
      [{ remove: ['geography', 'systems'] }],
      '$.geography.systems',
      'geography.systems is missing',
    ],
    [
      'systems as an object',
      [{ set: ['geography', 'systems'], to: {} }],
      '$.geography.systems',
      'geography.systems must be a list (JSON array) of systems, got an object',
    ],
    ['no categories', [{ remove: ['categories'] }], '$.categories', 'categories is missing'],
    ['no standards', [{ remove: ['standards'] }], '$.standards', 'standards is missing'],
    [
      'no periods',
      [{ remove: ['periods'] }],
      '$.periods',
      'periods is missing; it must be a list (JSON array) of periods',
    ],
    [
      'periods as a string',
      [{ set: ['periods'], to: '2026-Q1' }],
      '$.periods',
      'periods must be a list (JSON array) of periods, got "2026-Q1"',
    ],
    [
      // null would mean "left out" (null-as-absent.test.ts); a string is plainly wrong.
      'observations as text',
      [{ set: ['observations'], to: 'none' }],
      '$.observations',
      'observations must be a list (JSON array) of observations, got "none"',
    ],
    ['technology as an object', [{ set: ['technology'], to: {} }], '$.technology', 'got an object'],
    [
      'crosswalk as a number',
      [{ set: ['geography', 'crosswalk'], to: 1 }],
      '$.geography.crosswalk',
      'got 1',
    ],
  ])('%s', (_name, edits, path, reason) => {
    const result = parseFeed(editFeed(minimalFeed, ...edits));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fatal).toEqual({ path, reason: expect.stringContaining(reason) as string });
  });

  it('checks the schema version before the rest of the metadata, so a v2 feed says so', () => {
    const result = parseFeed({ metadata: { schemaVersion: '2.1', somethingNew: true } });
    expect(result).toEqual({
      ok: false,
      fatal: {
        path: '$.metadata.schemaVersion',
        reason: 'Feed schema version 2.1 is not supported; this dashboard reads version 1.x',
      },
    });
  });
});
