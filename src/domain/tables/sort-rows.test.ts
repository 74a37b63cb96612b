import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSortValues, nextSort, sortRows } from './sort-rows';

const rows = [
  { name: 'b', v: 2 },
  { name: 'a', v: null },
  { name: 'c', v: 10 },
  { name: 'd', v: 2 },
];

describe('sortRows', () => {
  it.each([
    ['numbers ascending, missing last', 'asc', ['b', 'd', 'c', 'a']],
    ['numbers descending, missing still last, ties in given order', 'desc', ['c', 'b', 'd', 'a']],
  ] as const)('%s', (_name, direction, expected) => {
    expect(sortRows(rows, (row) => row.v, direction).map((row) => row.name)).toEqual(expected);
  });

  it('compares text naturally and without case ("item 2" before "Item 10")', () => {
    const names = ['Item 10', 'item 2', 'Apple'];
    expect(sortRows(names, (name) => name, 'asc')).toEqual(['Apple', 'item 2', 'Item 10']);
  });

  it('treats NaN as missing', () => {
    expect(compareSortValues(Number.NaN, 1, 'asc')).toBe(1);
    expect(compareSortValues(1, Number.NaN, 'desc')).toBe(-1);
  });

  it('returns a permutation, in order, with missing values at the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -100, max: 100 }), { nil: null })),
        fc.constantFrom('asc' as const, 'desc' as const),
        (values, direction) => {
          const sorted = sortRows(values, (value) => value, direction);
          expect([...sorted].sort()).toEqual([...values].sort());
          const present = sorted.filter((value) => value !== null);
          expect(sorted.slice(0, present.length)).toEqual(present);
          for (let i = 1; i < present.length; i += 1) {
            const step = present[i]! - present[i - 1]!;
            expect(direction === 'asc' ? step >= 0 : step <= 0).toBe(true);
          }
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });
});

describe('nextSort', () => {
  it.each([
    ['a new text column starts A to Z', null, 'name', false, { key: 'name', direction: 'asc' }],
    ['a new number column starts highest first', null, 'v', true, { key: 'v', direction: 'desc' }],
    [
      'another column starts afresh',
      { key: 'name', direction: 'desc' },
      'v',
      true,
      { key: 'v', direction: 'desc' },
    ],
    [
      'the sorted column reverses',
      { key: 'v', direction: 'desc' },
      'v',
      true,
      { key: 'v', direction: 'asc' },
    ],
    [
      'and reverses back',
      { key: 'name', direction: 'desc' },
      'name',
      false,
      { key: 'name', direction: 'asc' },
    ],
  ] as const)('%s', (_name, current, key, numeric, expected) => {
    expect(nextSort(current, key, numeric)).toEqual(expected);
  });
});
