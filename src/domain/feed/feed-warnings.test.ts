import { describe, expect, it } from 'vitest';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import type { FeedEdit } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from './feed-schema';
import { FEED_STALE_AFTER_DAYS, feedFreshness, feedWarnings } from './feed-warnings';

// minimalFeed was generated at 2026-10-01T09:00:00Z; 135 days later is 2027-02-13T09:00:00Z.
const GENERATED = minimalFeed.metadata.generatedAt;
const FRESH_NOW = new Date('2026-10-02T09:00:00Z');
const at = (iso: string) => new Date(iso);
const feedWith = (...edits: FeedEdit[]) => editFeed(minimalFeed, ...edits) as Feed;

describe('feedFreshness', () => {
  it('has a documented threshold of one quarter plus 45 days', () => {
    expect(FEED_STALE_AFTER_DAYS).toBe(135);
  });

  it.each<[string, string, number, boolean]>([
    ['the same moment', '2026-10-01T09:00:00Z', 0, false],
    ['a day later', '2026-10-02T09:00:00Z', 1, false],
    ['exactly 135 days later', '2027-02-13T09:00:00Z', 135, false],
    ['a minute short of 136 days', '2027-02-14T08:59:00Z', 135, false],
    ['136 days later', '2027-02-14T09:00:00Z', 136, true],
    ['a year later', '2027-10-01T09:00:00Z', 365, true],
    ['half a day earlier', '2026-09-30T21:00:00Z', -1, false],
    ['three days earlier', '2026-09-28T09:00:00Z', -3, false],
  ])('%s', (_name, now, ageDays, stale) => {
    expect(feedFreshness(GENERATED, at(now))).toEqual({ ageDays, stale });
  });

  it('reads offsets, not just Z', () => {
    expect(feedFreshness('2026-10-01T10:00:00+01:00', at('2026-10-11T09:00:00Z'))).toEqual({
      ageDays: 10,
      stale: false,
    });
  });

  it('treats an unreadable date as stale', () => {
    expect(feedFreshness('not a date', FRESH_NOW)).toEqual({ ageDays: Number.NaN, stale: true });
  });
});

describe('feedWarnings', () => {
  it('says nothing about a fresh, complete feed', () => {
    expect(feedWarnings(minimalFeed, FRESH_NOW)).toEqual([]);
  });

  it('flags a stale feed', () => {
    expect(feedWarnings(minimalFeed, at('2027-02-14T09:00:00Z'))).toEqual([
      {
        severity: 'warning',
        table: 'metadata',
        path: '$.metadata.generatedAt',
        reason:
          'The feed was generated 136 days ago (2026-10-01T09:00:00Z); feeds older than 135 days are flagged as stale',
      },
    ]);
  });

  it.each<[string, string, number]>([
    ['23 hours ahead: within tolerance', '2026-09-30T10:00:00Z', 0],
    ['two days ahead', '2026-09-29T09:00:00Z', 1],
  ])('flags a feed dated in the future: %s', (_name, now, count) => {
    const warnings = feedWarnings(minimalFeed, at(now));
    expect(warnings).toHaveLength(count);
    if (count) expect(warnings[0]?.reason).toContain('generated 2 days in the future');
  });

  it('flags a system valid in the latest period that has no observations in it', () => {
    // Observations 23 and 24 are Vale and Shore's only rows, both for 2026-Q2.
    const feed = feedWith({ remove: ['observations', 24] }, { remove: ['observations', 23] });
    expect(feedWarnings(feed, FRESH_NOW)).toEqual([
      {
        severity: 'warning',
        table: 'systems',
        path: '$.geography.systems[3]',
        reason: 'Vale and Shore (S4) has no observations for the latest period, 2026-Q2',
      },
    ]);
  });

  it('does not flag a system that had ended before the latest period', () => {
    // North Vale (S2) ended on 2026-03-31 and has no 2026-Q2 rows: that is expected.
    const warnings = feedWarnings(minimalFeed, FRESH_NOW);
    expect(warnings.filter((w) => w.table === 'systems')).toEqual([]);
  });

  it('flags a standard with no observations at all', () => {
    const feed = feedWith({
      set: ['observations'],
      to: minimalFeed.observations.filter((row) => row.standard !== 'bars'),
    });
    expect(feedWarnings(feed, FRESH_NOW)).toEqual([
      {
        severity: 'warning',
        table: 'standards',
        path: '$.standards[2]',
        reason: 'Standard "bars" (Booking and Referral Standard) has no observations in any period',
      },
    ]);
  });

  it('flags a period with no observations, and the systems quiet in it', () => {
    const feed = feedWith({ push: ['periods'], rows: ['2026-Q3'] });
    expect(feedWarnings(feed, FRESH_NOW).map((w) => [w.path, w.reason])).toEqual([
      [
        '$.geography.systems[0]',
        'West Hills (S1) has no observations for the latest period, 2026-Q3',
      ],
      [
        '$.geography.systems[2]',
        'East Shore (S3) has no observations for the latest period, 2026-Q3',
      ],
      [
        '$.geography.systems[3]',
        'Vale and Shore (S4) has no observations for the latest period, 2026-Q3',
      ],
      ['$.periods[3]', 'Period 2026-Q3 has no observations'],
    ]);
  });

  it('copes with an empty feed', () => {
    const feed = feedWith(
      { set: ['periods'], to: [] },
      { set: ['standards'], to: [] },
      { set: ['observations'], to: [] },
    );
    expect(feedWarnings(feed, FRESH_NOW)).toEqual([]);
  });

  it('never rejects anything: warnings are all it returns', () => {
    const warnings = feedWarnings(feedWith({ push: ['periods'], rows: ['2026-Q3'] }), FRESH_NOW);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
  });
});
