import { describe, expect, it } from 'vitest';
import { buildCheckReport, unreadableReport } from '../../src/domain/feed/check-report';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { minimalFeed } from '../../src/testing/fixtures/feeds/minimal-feed';
import { formatReport } from './format-report';

const now = new Date('2026-10-15T00:00:00Z');

describe('formatReport', () => {
  it('shows the verdict, the feed and reconciled counts for a valid feed', () => {
    const text = formatReport(buildCheckReport(parseFeed(minimalFeed), now, 'feed.json'));
    expect(text).toContain('Checked feed.json at 2026-10-15T00:00:00.000Z');
    expect(text).toContain('Result: VALID');
    expect(text).toContain('0 rows rejected, 0 warnings.');
    expect(text).toMatch(/observations\s+25\s+25\s+0/);
    expect(text).toMatch(/total\s+\d+/);
    expect(text).toContain('Every table reconciles');
  });

  it('lists each rejected row with its path and reason', () => {
    const feed = structuredClone(minimalFeed);
    feed.observations[1] = {
      ...feed.observations[1],
      coverage: 2,
    } as (typeof feed.observations)[number];
    const text = formatReport(buildCheckReport(parseFeed(feed), now, 'feed.json'));
    expect(text).toContain('Result: ROWS REJECTED');
    expect(text).toContain('Rejected rows (1)');
    expect(text).toContain('$.observations[1].coverage');
    expect(text).toMatch(/observations\s+25\s+24\s+1/);
  });

  it('shows a fatal error and says nothing else was checked', () => {
    const text = formatReport(buildCheckReport(parseFeed([]), now, 'feed.json'));
    expect(text).toContain('Result: FATAL');
    expect(text).toContain('Fatal error at $');
    expect(text).toContain('Nothing else was checked');
    expect(text).not.toContain('Counts');
  });

  it('says what failed for unreadable input', () => {
    const text = formatReport(unreadableReport('x.json', 'no such file: x.json', now));
    expect(text).toContain('Result: UNREADABLE');
    expect(text).toContain('Could not read the input: no such file: x.json');
  });

  it('lists warnings separately', () => {
    const text = formatReport(
      buildCheckReport(parseFeed(minimalFeed), new Date('2028-01-01T00:00:00Z')),
    );
    expect(text).toMatch(/Warnings \(nothing rejected\) \(\d+\)/);
    expect(text).toContain('$.metadata.generatedAt');
  });
});
