import { describe, expect, it } from 'vitest';
import { expectParsed } from '../../testing/feed-parse-assertions';
import type { FeedEdit } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { measureErrors } from '../../testing/measure-assertions';
import { parseFeed } from './parse-feed';

const M = 'measures';

describe('measures', () => {
  it('reads the four measures of the fixture, and a feed without measures as none', () => {
    const { parsed, errors } = measureErrors();
    expect(errors).toEqual([]);
    expect(parsed.feed.measures.map((measure) => measure.id)).toEqual([
      'app-users-per-1000',
      'practices-enabled',
      'app-logins',
      'annual-returns',
    ]);
    const plain = expectParsed(parseFeed(minimalFeed));
    expect(plain.feed.measures).toEqual([]);
    expect(plain.counts.measures).toEqual({ read: 0, accepted: 0, rejected: 0 });
  });

  it('defaults a left-out scale to 1', () => {
    const { parsed } = measureErrors({ remove: [M, 1, 'scale'] });
    expect(parsed.feed.measures[1]?.scale).toBe(1);
  });

  // name, edits, the measure's error [path, part of the reason], its measurements then rejected
  it.each<[string, FeedEdit[], [string, string], number]>([
    [
      'a rate without a denominator',
      [{ remove: [M, 0, 'denominator'] }],
      ['$.measures[0].denominator', 'denominator is missing; a rate must say what it divides by'],
      2,
    ],
    [
      'a count with a denominator',
      [{ set: [M, 2, 'denominator'], to: 'Patients' }],
      ['$.measures[2].denominator', 'must be left out for a count'],
      1,
    ],
    [
      'a share scaled by 100',
      [{ set: [M, 1, 'scale'], to: 100 }],
      ['$.measures[1].scale', 'scale must be 1 for a share (a value from 0 to 1), got 100'],
      1,
    ],
    [
      'a zero scale',
      [{ set: [M, 0, 'scale'], to: 0 }],
      ['$.measures[0].scale', 'scale must be'],
      2,
    ],
    [
      'an unknown standard',
      [{ set: [M, 0, 'standardId'], to: 'gp-connect' }],
      ['$.measures[0].standardId', 'Unknown standard "gp-connect"'],
      2,
    ],
    [
      'an id with capitals',
      [{ set: [M, 3, 'id'], to: 'Annual' }],
      ['$.measures[3].id', 'id must be a lower-case id'],
      1,
    ],
    [
      'an unknown frequency',
      [{ set: [M, 3, 'frequency'], to: 'week' }],
      ['$.measures[3].frequency', 'frequency must be one of'],
      1,
    ],
    [
      'a javascript: source',
      [{ set: [M, 3, 'sourceUrl'], to: 'javascript:alert(1)' }],
      ['$.measures[3].sourceUrl', 'sourceUrl must be'],
      1,
    ],
    [
      'a second measure with the same id (the first is kept)',
      [{ set: [M, 3, 'id'], to: 'app-logins' }],
      ['$.measures[3].id', 'Duplicate measure id "app-logins": the first is at $.measures[2]'],
      // annual-returns is gone, so its one measurement names an unknown measure
      1,
    ],
  ])('rejects %s, and the measurements of it', (_name, edits, [path, reason], dependants) => {
    const { parsed, errors } = measureErrors(...edits);
    const own = errors.filter(([table]) => table === M);
    expect(own).toEqual([[M, path, expect.stringContaining(reason)]]);
    expect(parsed.counts.measures).toEqual({ read: 4, accepted: 3, rejected: 1 });
    expect(parsed.counts.measurements.rejected).toBe(dependants);
  });

  it('names the rejected measure when a measurement points at it', () => {
    const { errors } = measureErrors({ set: [M, 2, 'kind'], to: 'tally' });
    expect(errors[1]).toEqual([
      'measurements',
      '$.measurements[2].measure',
      'Measure "app-logins" was rejected (see $.measures[2]), so this measurement is rejected too',
    ]);
  });
});
