import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { STANDARD_CSV_HEADER, standardCsvRows } from './standard-csv';
import { standardRows } from './standard-rows';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));

describe('standardCsvRows', () => {
  it('writes ids, counts, shares to 3 places and scores to 1, blank where missing', () => {
    const rows = standardRows(minimalFeed, scores, '2026-Q2');
    expect(standardCsvRows(rows.slice(2), '2026-Q2')).toEqual([
      [
        '2026-Q2',
        'bars',
        'Booking and Referral Standard',
        'transfers',
        'Transfers of care',
        2,
        0,
        0,
        0,
        41.7,
        null,
        38.8,
        47.5,
        56.3,
        17.5,
        30,
        65,
      ],
    ]);
    expect(standardCsvRows(rows.slice(0, 1), '2026-Q2')[0]?.slice(7, 10)).toEqual([
      0.667, 0.909, 97.5,
    ]);
  });

  it('has a cell for every column of the header', () => {
    const rows = standardCsvRows(standardRows(minimalFeed, scores, '2026-Q2'), '2026-Q2');
    expect(rows.every((row) => row.length === STANDARD_CSV_HEADER.length)).toBe(true);
  });
});
