/**
 * The Compare table on the minimal feed, 2026-Q2, comparing West Hills (S1) with Vale and Shore
 * (S4). Scores (see score-feed.test.ts):
 *   S1: NHS Number 100; e-RS 100; BaRS 65 (partial 50%: 30 + 70 x 0.5)
 *       Identity 100; Transfers (1 x 100 + 3 x 65) / 4 = 73.75; overall (100 + 2 x 73.75) / 3 = 82.5
 *   S3: NHS Number 100; e-RS 100; BaRS 30; Transfers 47.5; overall 65 (population 2.0m)
 *   S4: NHS Number 72 (partial 60%: 30 + 42); e-RS 100; BaRS not reported
 *       Identity 72; Transfers 100 on a quarter of its weight; overall (72 + 200) / 3 = 90.667,
 *       on half the overall weight (1.5 of 3), so low confidence.
 * England (population-weighted over S1 1.0m, S3 2.0m, S4 0.3m = 3.3m):
 *   overall   (82.5 + 130 + 27.2) / 3.3 = 72.64
 *   Identity  (100 + 200 + 21.6) / 3.3 = 97.45 (and NHS Number, its only standard)
 *   Transfers (73.75 + 95 + 30) / 3.3 = 60.23
 *   e-RS 100; BaRS, reported by S1 and S3 only: (65 x 1 + 30 x 2) / 3 = 41.67
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { compareRows } from './compare-table';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));
const rows = compareRows(minimalFeed, scores, '2026-Q2', ['S1', 'S4']);
const rowAt = (key: string) => rows.find((row) => row.key === key);

describe('compareRows', () => {
  it('puts overall first, then each category followed by its standards, in feed order', () => {
    expect(rows.map((row) => [row.key, row.kind, row.categoryId])).toEqual([
      ['overall', 'overall', null],
      ['category:identity', 'category', 'identity'],
      ['standard:nhs-number', 'standard', 'identity'],
      ['category:transfers', 'category', 'transfers'],
      ['standard:e-rs', 'standard', 'transfers'],
      ['standard:bars', 'standard', 'transfers'],
    ]);
  });

  it.each([
    // key, England, S1 [value, band, vs England], S4 [value, band, vs England]
    // S1 82.5 - 72.64 = +9.9 higher; S4 90.7 (shown 91, band 90-100) - 72.64 = +18.0 higher.
    ['overall', 72.64, [82.5, 2, 'higher'], [90.666666667, 3, 'higher']],
    // S1 100 - 97.45 = +2.5 similar; S4 72 - 97.45 = -25.5 lower.
    ['category:identity', 97.45, [100, 3, 'similar'], [72, 2, 'lower']],
    ['standard:nhs-number', 97.45, [100, 3, 'similar'], [72, 2, 'lower']],
    // S1 73.75 - 60.23 = +13.5 higher; S4 100 - 60.23 = +39.8 higher.
    ['category:transfers', 60.23, [73.75, 2, 'higher'], [100, 3, 'higher']],
    ['standard:e-rs', 100, [100, 3, 'similar'], [100, 3, 'similar']],
    // S1 65 - 41.67 = +23.3 higher; S4 did not report BaRS: no value, no band, no comparison.
    ['standard:bars', 41.67, [65, 2, 'higher'], [null, null, null]],
  ] as const)('%s', (key, england, s1, s4) => {
    const row = rowAt(key);
    expect(row?.england).toBeCloseTo(england, 2);
    const cells = row?.cells.map((cell) => [cell.value, cell.band?.index ?? null, cell.vsEngland]);
    expect(cells).toEqual([s1, s4]);
    expect(row?.cells.map((cell) => cell.code)).toEqual(['S1', 'S4']);
  });

  it.each([
    // Overall: S1 all reported; S4 half (1.5 of 3), below 80%: low confidence.
    ['overall', [1, false], [0.5, true]],
    ['category:identity', [1, false], [1, false]],
    // Transfers: S4 reported e-RS (weight 1) of e-RS + BaRS (1 + 3): 25%.
    ['category:transfers', [1, false], [0.25, true]],
    // A single standard is reported or not: no completeness, never "low confidence".
    ['standard:bars', [null, false], [null, false]],
  ] as const)('%s completeness and confidence', (key, s1, s4) => {
    const cells = rowAt(key)?.cells.map((cell) => [cell.completeness, cell.lowConfidence]);
    expect(cells).toEqual([s1, s4]);
  });

  it('follows the order of the codes given', () => {
    const swapped = compareRows(minimalFeed, scores, '2026-Q2', ['S4', 'S1']);
    expect(swapped[0]?.cells.map((cell) => cell.code)).toEqual(['S4', 'S1']);
  });

  it('leaves a system that is not in the quarter blank rather than failing', () => {
    // North Vale (S2) ended before 2026-Q2.
    const blank = compareRows(minimalFeed, scores, '2026-Q2', ['S2', 'S1']);
    const cells = blank.map((row) => row.cells[0]);
    expect(cells.every((cell) => cell?.value === null && cell.band === null)).toBe(true);
    expect(cells.every((cell) => cell?.inPeriod === false)).toBe(true);
    expect(blank.every((row) => row.cells[1]?.inPeriod === true)).toBe(true);
  });

  it('is empty for a quarter that was not scored', () => {
    expect(compareRows(minimalFeed, scores, '2031-Q1', ['S1'])).toEqual([]);
  });
});
