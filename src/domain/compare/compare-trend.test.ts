/**
 * The Compare trend on the minimal feed. Overall readiness (see score-feed.test.ts and
 * series.test.ts):
 *           2025-Q4   2026-Q1   2026-Q2
 *   S1      49.167    65        82.5
 *   S2      53.333    46.25     (ended 31 March 2026)
 *   S4      53.333r   46.25r    90.667   (r: rebased from North Vale, its only predecessor)
 * England (population-weighted; S1 1.0m, S2 0.5m, S3 2.0m, S4 0.3m):
 *   2025-Q4 (49.167 + 26.667 + 2 x 45.333) / 3.5 = 166.5 / 3.5 = 47.57
 *   2026-Q1 (65 + 23.125 + 2 x 55) / 3.5 = 198.125 / 3.5 = 56.61
 *   2026-Q2 (82.5 + 2 x 65 + 0.3 x 90.667) / 3.3 = 72.64
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import {
  boundaryChange,
  chartLines,
  compareTrendSeries,
  compareTrendSummary,
  ENGLAND_KEY,
  trendTableRows,
} from './compare-trend';
import type { CompareSeries } from './compare-trend';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));
const round = (values: (number | null)[]) =>
  values.map((v) => (v === null ? null : Math.round(v * 100) / 100));

describe('compareTrendSeries', () => {
  const series = compareTrendSeries(minimalFeed, scores, ['S1', 'S4'], '2026-Q2');

  it('gives each chosen system, in order, then England', () => {
    expect(series.map((line) => [line.key, line.label])).toEqual([
      ['S1', 'West Hills'],
      ['S4', 'Vale and Shore'],
      [ENGLAND_KEY, 'England'],
    ]);
  });

  it.each([
    ['S1', [49.17, 65, 82.5], [false, false, false]],
    ['S4', [53.33, 46.25, 90.67], [true, true, false]],
    [ENGLAND_KEY, [47.57, 56.61, 72.64], [false, false, false]],
  ])('%s', (key, values, rebased) => {
    const line = series.find((item) => item.key === key);
    expect(line?.points.map((point) => point.period)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(round(line?.points.map((point) => point.value) ?? [])).toEqual(values);
    expect(line?.points.map((point) => point.rebased)).toEqual(rebased);
  });

  it('stops at the quarter viewed, and fills quarters after an ended system with nothing', () => {
    const earlier = compareTrendSeries(minimalFeed, scores, ['S2'], '2026-Q1');
    expect(earlier[0]?.points.map((point) => point.period)).toEqual(['2025-Q4', '2026-Q1']);
    const later = compareTrendSeries(minimalFeed, scores, ['S2'], '2026-Q2');
    expect(round(later[0]?.points.map((point) => point.value) ?? [])).toEqual([53.33, 46.25, null]);
  });
});

describe('trendTableRows', () => {
  it('turns the series into one row per quarter, one value per series', () => {
    const rows = trendTableRows(compareTrendSeries(minimalFeed, scores, ['S1', 'S4'], '2026-Q2'));
    expect(rows.map((row) => [row.period, round(row.values), row.rebased])).toEqual([
      ['2025-Q4', [49.17, 53.33, 47.57], [false, true, false]],
      ['2026-Q1', [65, 46.25, 56.61], [false, true, false]],
      ['2026-Q2', [82.5, 90.67, 72.64], [false, false, false]],
    ]);
  });

  it('is empty with no series', () => {
    expect(trendTableRows([])).toEqual([]);
  });
});

describe('compareTrendSummary', () => {
  it('names the highest and lowest now, England, and who rose most', () => {
    // Latest: S4 90.667 (91), S1 82.5 (83, rounding half up). Rises: S1 82.5 - 49.167 = 33.3;
    // S4 90.667 - 53.333 = 37.3, the most.
    const series = compareTrendSeries(minimalFeed, scores, ['S1', 'S4'], '2026-Q2');
    expect(compareTrendSummary(series)).toBe(
      'In April to June 2026, Vale and Shore had the highest readiness of the 2 systems (91) and West Hills the lowest (83); England’s was 73. Over the 3 quarters shown, Vale and Shore rose most, by 37 points.',
    );
  });

  it('says when every system fell, and who fell least', () => {
    const line = (key: string, values: number[]): CompareSeries => ({
      key,
      label: key,
      points: values.map((value, i) => ({ period: `2026-Q${i + 1}`, value, rebased: false })),
    });
    const summary = compareTrendSummary([line('A', [50, 44]), line('B', [60, 58.6])]);
    // A: -6; B: -1.4, rounded -1: the least fall.
    expect(summary).toBe(
      'In April to June 2026, B had the highest readiness of the 2 systems (59) and A the lowest (44). Over the 2 quarters shown, every system fell; B fell least, by 1 point.',
    );
  });

  it('counts only the systems with a score in the latest quarter', () => {
    // North Vale (S2) ended before 2026-Q2; West Hills 82.5 and East Shore 65 remain.
    const series = compareTrendSeries(minimalFeed, scores, ['S1', 'S2', 'S3'], '2026-Q2');
    expect(compareTrendSummary(series)).toMatch(
      /^In April to June 2026, West Hills had the highest readiness of the 2 systems with a score \(83\) and East Shore the lowest \(65\);/,
    );
  });

  it('copes with only one system having a score, or none', () => {
    const series = compareTrendSeries(minimalFeed, scores, ['S1', 'S2'], '2026-Q2');
    expect(compareTrendSummary(series)).toMatch(
      /^In April to June 2026, only West Hills has a score \(83\)/,
    );
    const none = compareTrendSeries(minimalFeed, scores, ['S2'], '2026-Q2');
    expect(compareTrendSummary(none)).toBe('None of the chosen systems has a score to show.');
  });
});

describe('chartLines', () => {
  const line = (key: string): CompareSeries => ({ key, label: key, points: [] });
  const england = line(ENGLAND_KEY);
  it.each([
    // England takes the second style, as on every chart.
    { systems: ['A', 'B'], styles: 8, keys: ['A', ENGLAND_KEY, 'B'], shown: true },
    {
      systems: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
      styles: 8,
      keys: ['A', ENGLAND_KEY, 'B', 'C', 'D', 'E', 'F', 'G'],
      shown: true,
    },
    // Eight systems and England would need nine styles: England is left out, not drawn alike.
    {
      systems: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      styles: 8,
      keys: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      shown: false,
    },
    {
      systems: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      styles: 9,
      keys: ['A', ENGLAND_KEY, 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      shown: true,
    },
    { systems: [], styles: 8, keys: [ENGLAND_KEY], shown: true },
  ])('$systems.length systems, $styles styles', ({ systems, styles, keys, shown }) => {
    const result = chartLines([...systems.map(line), england], styles);
    expect(result.lines.map((item) => item.key)).toEqual(keys);
    expect(result.englandShown).toBe(shown);
  });
});

describe('boundaryChange', () => {
  it.each([
    // S4 is rebased until it began in 2026-Q2.
    [['S1', 'S4'], '2026-Q2', '2026-Q2'],
    // North Vale (S2) ended: its line stops in 2026-Q2.
    [['S1', 'S2'], '2026-Q2', '2026-Q2'],
    // Neither crosses a boundary change.
    [['S1', 'S3'], '2026-Q2', null],
    // Viewed up to 2026-Q1, no line has crossed it yet.
    [['S2', 'S4'], '2026-Q1', null],
  ])('%j to %s: %s', (codes, upTo, expected) => {
    expect(boundaryChange(compareTrendSeries(minimalFeed, scores, codes, upTo))).toBe(expected);
  });
});
