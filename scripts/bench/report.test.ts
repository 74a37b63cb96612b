import { describe, expect, it } from 'vitest';
import type { FeedFigures } from './bench-feed';
import { findingLine, findings, formatMs, formatReport } from './report';
import type { FeedRole } from './report';

function figures(ms: Partial<FeedFigures['medians']>): FeedFigures {
  return {
    name: 'a feed',
    path: '/tmp/feed.json',
    runs: 5,
    warmUp: 1,
    bytes: 2_000_000,
    rankDraws: 1000,
    observations: 10,
    issues: 0,
    latestPeriod: '2026-Q3',
    medians: {
      jsonParseMs: 100,
      parseFeedMs: 40,
      scoreFeedMs: 30,
      ingestMs: 170,
      rankIntervalsMs: 20,
      ...ms,
    },
  };
}

const lines = (role: FeedRole, ms: Partial<FeedFigures['medians']> = {}) =>
  findings({ role, figures: figures(ms) }).map(findingLine);

describe('findings', () => {
  it('holds the large feed to the ratio goals and prints them', () => {
    expect(lines('large')).toEqual([
      '  ratio: ingest / JSON.parse = 1.70x (goal <= 2x on the large feed): met',
      '  ratio: parseFeed / JSON.parse = 0.40x (target <= 0.5x on the large feed): met',
      '  ratio: scoreFeed / JSON.parse = 0.30x',
      '  rank intervals (1000 draws, 2026-Q3) = 20.0 ms',
    ]);
  });

  it('holds the bundled feed to the rank interval goal only', () => {
    expect(lines('bundled', { rankIntervalsMs: 100 })).toEqual([
      '  ratio: ingest / JSON.parse = 1.70x',
      '  ratio: parseFeed / JSON.parse = 0.40x',
      '  ratio: scoreFeed / JSON.parse = 0.30x',
      '  rank intervals (1000 draws, 2026-Q3) = 100 ms (goal < 100 ms on the bundled feed): MISSED',
    ]);
  });

  it.each([
    ['exactly 2x meets the goal', 200, 'met'],
    ['just over 2x misses it', 200.5, 'MISSED'],
  ])('%s', (_name, ingestMs, word) => {
    expect(lines('large', { ingestMs })[0]).toMatch(new RegExp(`: ${word}$`));
  });
});

describe('formatReport', () => {
  it('says MISSED in the summary, naming the goal and the feed', () => {
    const report = formatReport('header', [
      { role: 'bundled', figures: figures({}) },
      { role: 'large', figures: figures({ ingestMs: 250 }) },
    ]);
    expect(report).toContain('MISSED: ingest / JSON.parse on the large feed');
    expect(report).toMatch(/^JSON\.parse\s+100 ms\s+100 ms$/m);
  });

  it('says so when every goal is met', () => {
    const report = formatReport('header', [{ role: 'large', figures: figures({}) }]);
    expect(report.endsWith('Every goal met.')).toBe(true);
  });
});

describe('formatMs', () => {
  it.each([
    [1234.4, '1234 ms'],
    [100, '100 ms'],
    [23.45, '23.4 ms'],
    [7.666, '7.67 ms'],
  ])('%d', (ms, shown) => {
    expect(formatMs(ms)).toBe(shown);
  });
});
