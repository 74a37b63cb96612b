import { describe, expect, it } from 'vitest';
import { expectCountsReconcile, expectParsed } from '../../testing/feed-parse-assertions';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import {
  CONTRACT_MINOR,
  contractMinor,
  isNewerContract,
  newerContractNote,
} from './contract-version';
import { feedWarnings } from './feed-warnings';
import { parseFeed } from './parse-feed';

const NOW = new Date('2026-10-02T09:00:00Z');

describe('contract versions', () => {
  it('reads contract 1.2 today (measures, measurements and source-aligned products)', () =>
    expect(CONTRACT_MINOR).toBe(2));

  it.each<[string, number | undefined, boolean]>([
    ['1.0', 0, false],
    ['1.9', 9, true],
    ['1.10', 10, true],
    ['1.01', 1, false],
    ['1.1', 1, false],
    ['1.2', 2, false],
    ['1.3', 3, true],
    ['2.0', undefined, false],
    ['1', undefined, false],
    ['1.x', undefined, false],
  ])('%s', (version, minor, newer) => {
    expect(contractMinor(version)).toBe(minor);
    expect(isNewerContract(version)).toBe(newer);
    expect(newerContractNote(version) !== undefined).toBe(newer);
  });

  it('words the note for readers', () => {
    expect(newerContractNote('1.9')).toBe(
      'This feed uses contract 1.9; this dashboard reads 1.x up to 1.2. Newer fields are ignored, and rows with values this dashboard does not know are set aside and listed on the Data page.',
    );
  });
});

const newStatus = (version: string) =>
  editFeed(
    minimalFeed,
    { set: ['metadata', 'schemaVersion'], to: version },
    { set: ['observations', 0, 'status'], to: 'retired' },
    { set: ['observations', 1, 'assurance'], to: 'audited' },
  );

describe('a feed newer than the dashboard', () => {
  it('sets a row with a new value aside, naming both versions, and uses the rest', () => {
    const parsed = expectParsed(parseFeed(newStatus('1.9')));
    expectCountsReconcile(parsed);
    expect(parsed.counts.observations.rejected).toBe(1);
    expect(parsed.issues).toEqual([
      {
        severity: 'error',
        table: 'observations',
        path: '$.observations[0].status',
        reason:
          'status "retired" is not a value this dashboard knows: it reads contract 1.x up to 1.2, and this feed uses 1.9, which may have added it. The row is set aside rather than guessed at',
      },
    ]);
    // The unknown field on observations[1] is ignored, never an error.
    expect(parsed.feed.observations[0]).not.toHaveProperty('assurance');
  });

  it('says the feed is newer, as a warning the checker and the Data page both show', () => {
    const parsed = expectParsed(parseFeed(newStatus('1.9')));
    expect(feedWarnings(parsed.feed, NOW, parsed.sourceRows)[0]).toEqual({
      severity: 'warning',
      table: 'metadata',
      path: '$.metadata.schemaVersion',
      reason: newerContractNote('1.9'),
    });
  });

  it('calls a new value in a 1.0 feed plainly wrong, with no version note', () => {
    const parsed = expectParsed(parseFeed(newStatus('1.0')));
    expect(parsed.issues[0]?.reason).toMatch(/^status must be one of "not-started"/);
    expect(feedWarnings(parsed.feed, NOW, parsed.sourceRows)).toEqual([]);
  });

  it('names the version for a new technology component too', () => {
    const input = editFeed(
      minimalFeed,
      { set: ['metadata', 'schemaVersion'], to: '1.3' },
      { set: ['technology', 0, 'component'], to: 'patient-portal' },
    );
    const parsed = expectParsed(parseFeed(input));
    expect(parsed.issues[0]).toMatchObject({
      path: '$.technology[0].component',
      reason: expect.stringContaining('this feed uses 1.3, which may have added it') as string,
    });
  });
});
