import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import {
  DEFAULT_STANDARD_SORT,
  filterStandardRows,
  sortStandardRows,
  standardSortFrom,
} from './standard-row-order';
import type { SortDirection } from './sort-rows';
import type { StandardSortColumn } from './standard-row-order';
import { standardRows } from './standard-rows';

const rows = standardRows(
  minimalFeed,
  scoreFeed(minimalFeed, defaultWeights(minimalFeed)),
  '2026-Q2',
);

describe('sortStandardRows', () => {
  // 2026-Q2: share live BaRS 0, NHS Number 2/3, e-RS 1; middle half BaRS 17.5, NHS Number 14, e-RS 0.
  it.each<[StandardSortColumn, SortDirection, string[]]>([
    ['name', 'asc', ['bars', 'e-rs', 'nhs-number']],
    ['name', 'desc', ['nhs-number', 'e-rs', 'bars']],
    ['category', 'asc', ['nhs-number', 'bars', 'e-rs']],
    ['live', 'asc', ['bars', 'nhs-number', 'e-rs']],
    ['live', 'desc', ['e-rs', 'nhs-number', 'bars']],
    ['population', 'desc', ['e-rs', 'nhs-number', 'bars']],
    ['mean', 'asc', ['bars', 'nhs-number', 'e-rs']],
    ['spread', 'asc', ['e-rs', 'nhs-number', 'bars']],
    // No change is known in any row, so the name decides.
    ['change', 'desc', ['bars', 'e-rs', 'nhs-number']],
  ])('by %s %s', (column, direction, ids) => {
    expect(sortStandardRows(rows, { column, direction }).map((row) => row.id)).toEqual(ids);
  });

  it.each<SortDirection>(['asc', 'desc'])('puts missing values last when %s', (direction) => {
    const withGap = [{ ...rows[1]!, id: 'gap', shareLive: null }, ...rows];
    const sorted = sortStandardRows(withGap, { column: 'live', direction });
    expect(sorted.at(-1)?.id).toBe('gap');
  });

  it('does not change the rows it is given', () => {
    const before = rows.map((row) => row.id);
    sortStandardRows(rows, { column: 'live', direction: 'asc' });
    expect(rows.map((row) => row.id)).toEqual(before);
  });
});

describe('filterStandardRows', () => {
  it.each([
    ['every row', null, '', ['nhs-number', 'e-rs', 'bars']],
    ['a category', 'transfers', '', ['e-rs', 'bars']],
    ['words in any case, with spaces', null, '  REFERRAL ', ['e-rs', 'bars']],
    ['category and words together', 'identity', 'nhs', ['nhs-number']],
    ['nothing that matches', 'identity', 'booking', []],
    ['an unknown category', 'nope', '', []],
  ])('keeps %s', (_name, categoryId, query, ids) => {
    expect(filterStandardRows(rows, { categoryId, query }).map((row) => row.id)).toEqual(ids);
  });
});

describe('standardSortFrom', () => {
  it.each([
    ['live', 'desc', { column: 'live', direction: 'desc' }],
    ['live', null, { column: 'live', direction: 'asc' }],
    ['live', 'sideways', { column: 'live', direction: 'asc' }],
    ['nonsense', 'desc', DEFAULT_STANDARD_SORT],
    [null, null, DEFAULT_STANDARD_SORT],
  ])('reads sort=%s dir=%s', (column, direction, expected) => {
    expect(standardSortFrom(column, direction)).toEqual(expected);
  });
});
