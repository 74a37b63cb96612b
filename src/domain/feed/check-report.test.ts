import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { buildCheckReport, rowOf, unreadableReport } from './check-report';
import { parseFeed } from './parse-feed';

const now = new Date('2026-10-15T00:00:00Z');
const clone = () =>
  structuredClone(minimalFeed) as unknown as Record<string, unknown> & typeof minimalFeed;

describe('buildCheckReport', () => {
  it('passes a valid feed with exit code 0 and reconciled counts', () => {
    const report = buildCheckReport(parseFeed(minimalFeed), now, 'minimal.json');
    expect(report).toMatchObject({
      source: 'minimal.json',
      checkedAt: '2026-10-15T00:00:00.000Z',
      verdict: 'valid',
      exitCode: 0,
      unreadable: null,
      fatal: null,
      rejected: [],
      reconciles: true,
      feed: { title: 'Minimal test feed', ageDays: 13, illustrative: true },
    });
    // Every table in the JSON contract's order, with the rows the fixture holds (counted by hand).
    expect(report.counts.map((t) => [t.table, t.read])).toEqual([
      ['regions', 2],
      ['systems', 4],
      ['crosswalk', 1],
      ['adjacency', 4],
      ['categories', 2],
      ['standards', 3],
      ['periods', 3],
      ['observations', 25],
      ['technology', 2],
      ['measures', 0],
      ['measurements', 0],
    ]);
    expect(report.counts.find((t) => t.table === 'observations')).toEqual({
      table: 'observations',
      read: 25,
      accepted: 25,
      rejected: 0,
      reconciles: true,
    });
    expect(report.totals.read).toBe(report.totals.accepted);
  });

  it('fails a feed with a rejected row (exit 1) and names the row', () => {
    const feed = clone();
    feed.observations[2] = {
      ...feed.observations[2],
      coverage: 7,
    } as (typeof feed.observations)[number];
    const report = buildCheckReport(parseFeed(feed), now);
    expect(report.verdict).toBe('rows-rejected');
    expect(report.exitCode).toBe(1);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]).toMatchObject({
      severity: 'error',
      table: 'observations',
      row: '$.observations[2]',
    });
    expect(report.totals).toMatchObject({ rejected: 1, rejectedRows: 1 });
    expect(report.counts.find((t) => t.table === 'observations')).toMatchObject({
      read: 25,
      accepted: 24,
      rejected: 1,
      reconciles: true,
    });
  });

  it('keeps warnings apart and still passes: a stale feed is exit 0', () => {
    const report = buildCheckReport(parseFeed(minimalFeed), new Date('2028-01-01T00:00:00Z'));
    expect(report.verdict).toBe('valid');
    expect(report.warnings.some((w) => w.path === '$.metadata.generatedAt' && w.row === null)).toBe(
      true,
    );
  });

  it('reports a fatal envelope with exit code 1 and nothing else', () => {
    const report = buildCheckReport(parseFeed({ hello: 'world' }), now);
    expect(report).toMatchObject({ verdict: 'fatal', exitCode: 1, feed: null, counts: [] });
    expect(report.fatal?.path).toMatch(/^\$/);
    expect(report.fatal?.reason.length).toBeGreaterThan(10);
  });
});

describe('unreadableReport', () => {
  it('has exit code 2 and the reason', () => {
    expect(unreadableReport('x.json', 'no such file: x.json', now)).toMatchObject({
      verdict: 'unreadable',
      exitCode: 2,
      unreadable: 'no such file: x.json',
      fatal: null,
    });
  });
});

describe('rowOf', () => {
  it.each([
    ['$.observations[12].coverage', '$.observations[12]'],
    ['$.geography.systems[3].centroid.lon', '$.geography.systems[3]'],
    ['$.geography.crosswalk[2].to[1].code', '$.geography.crosswalk[2]'],
    ['$.periods[4]', '$.periods[4]'],
    ['$.metadata.generatedAt', null],
    ['$', null],
  ])('%s -> %s', (path, row) => {
    expect(rowOf(path)).toBe(row);
  });
});
