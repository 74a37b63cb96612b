import { describe, expect, it } from 'vitest';
import { sayDoFeed, ANNUAL, APP_RATE } from '../../testing/fixtures/feeds/say-and-do-feed';
import { correlationText, furthestText, leftOutText, linkedMeasures, sayAndDo } from './say-and-do';
import { fitSayDo } from './say-and-do-fit';

const counts = (noMeasured: number, noScore: number, neither: number, other: number) => ({
  pairs: [],
  noMeasured: Array.from({ length: noMeasured }, (_, i) => `M${i}`),
  noScore: Array.from({ length: noScore }, (_, i) => `N${i}`),
  neither: Array.from({ length: neither }, (_, i) => `X${i}`),
  otherGeography: Array.from({ length: other }, (_, i) => `O${i}`),
  systemsInQuarter: 42,
});

describe('leftOutText', () => {
  it.each([
    [counts(0, 0, 0, 0), null],
    [
      counts(3, 1, 0, 0),
      '3 systems have no measured value for July to September 2025; 1 has no score.',
    ],
    [
      counts(1, 0, 2, 0),
      '1 system has no measured value for July to September 2025; 2 have neither.',
    ],
    [counts(0, 2, 0, 0), '2 systems have no score.'],
    [
      counts(0, 0, 0, 1),
      "1 system with a measured value did not exist throughout July to September 2025 (another geography), so it is left out rather than mixed with this quarter's systems.",
    ],
  ])('%#', (pairs, expected) => {
    expect(leftOutText(pairs, '2025-Q3')).toBe(expected);
  });
});

const tenPairs = (f: (x: number) => number) =>
  Array.from({ length: 10 }, (_, i) => ({ code: `S${i}`, measured: i + 1, said: f(i + 1) }));

describe('correlationText', () => {
  it.each([
    [
      0,
      'Whether what systems say goes with what they do cannot be judged: no system has both, and a correlation from fewer than 10 can turn on a single system.',
    ],
    [
      4,
      'Whether what systems say goes with what they do cannot be judged: only 4 systems have both, and a correlation from fewer than 10 can turn on a single system.',
    ],
  ])('with %i pairs it cannot be judged', (n, expected) => {
    expect(correlationText(fitSayDo([]), n)).toBe(expected);
  });

  it('puts a perfect positive correlation into words', () => {
    expect(correlationText(fitSayDo(tenPairs((x) => 3 * x)), 10)).toBe(
      'Across the 10 systems with both, those with more measured use tend to report higher scores: a strong positive correlation (r = 1.00). A correlation says the two move together, not why.',
    );
  });

  it('says when every score is the same', () => {
    expect(correlationText(fitSayDo(tenPairs(() => 50)), 10)).toMatch(
      /cannot be judged: every system has the same score/,
    );
  });
});

describe('furthestText', () => {
  const names = new Map([
    ['S1', 'West'],
    ['S5', 'East'],
    ['S4', 'North'],
    ['S3', 'South'],
  ]);
  it('names the systems on each side with their gap from the line', () => {
    const pairs = [
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 40],
      [5, 60],
    ].map(([measured, said], i) => ({ code: `S${i + 1}`, measured: measured!, said: said! }));
    expect(furthestText(fitSayDo(pairs), 5, names, APP_RATE)).toEqual([
      'Score furthest above what their measured use predicts: East (score 60, 5.0 per 1,000 people: +4 points from the line); West (score 10, 1.0 per 1,000 people: +2 points from the line).',
      'Score furthest below what their measured use predicts: North (score 40, 4.0 per 1,000 people: \u22124 points from the line); South (score 30, 3.0 per 1,000 people: \u22122 points from the line).',
    ]);
  });

  it('cannot be judged with fewer than five pairs', () => {
    expect(furthestText(fitSayDo([]), 1, names, APP_RATE)).toEqual([
      'Which systems are furthest apart cannot be judged: fewer than 5 systems have both.',
    ]);
  });
});

describe('sayAndDo', () => {
  it('lists the measures linked to a standard of the feed', () => {
    expect(linkedMeasures(sayDoFeed).map((m) => m.id)).toEqual([APP_RATE.id, ANNUAL.id]);
    expect(linkedMeasures({ ...sayDoFeed, standards: [] })).toEqual([]);
  });

  it('says a financial-year measure cannot be compared with a quarter', () => {
    expect(sayAndDo(sayDoFeed, ANNUAL, '2026-Q2')).toEqual({
      comparable: false,
      measure: ANNUAL,
      reason:
        "Annual returns made is published for financial years, so it cannot be compared with a quarter's scores.",
    });
  });

  it('pairs, counts and words for one quarter', () => {
    const view = sayAndDo(sayDoFeed, APP_RATE, '2026-Q2');
    if (!view.comparable) throw new Error('expected a comparable view');
    expect(view.standardName).toBe('NHS Number');
    expect(view.points).toEqual([{ code: 'S1', said: 100, measured: 330, residual: null }]);
    expect(view.leftOut).toBe(
      "2 systems have no measured value for April to June 2026; 1 system with a measured value did not exist throughout April to June 2026 (another geography), so it is left out rather than mixed with this quarter's systems.",
    );
  });
});
