import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  parsePeriod,
  periodBounds,
  periodId,
  periodKind,
  periodOrdinal,
  shiftPeriod,
  shortPeriodLabel,
  yearEarlier,
  yearEarlierId,
} from './period';

describe('periodKind', () => {
  it.each([
    ['2026-Q2', 'quarter'],
    ['2026-04', 'month'],
    ['2026-12', 'month'],
    ['2026/27', 'financial-year'],
    ['2099/00', 'financial-year'],
    ['2026/28', null],
    ['2026-13', null],
    ['2026-00', null],
    ['2026-Q5', null],
    ['2026', null],
    ['', null],
  ])('%j is %s', (id, kind) => {
    expect(periodKind(id)).toBe(kind);
  });
});

describe('yearEarlierId: the same period a year earlier, by label', () => {
  it.each([
    ['2026-Q1', '2025-Q1'],
    ['2026-Q3', '2025-Q3'],
    ['2025-Q4', '2024-Q4'],
    ['2026-04', '2025-04'],
    ['2026-01', '2025-01'],
    ['2026/27', '2025/26'],
    ['2000/01', '1999/00'],
    ['2026-Q7', null],
    ['April 2026', null],
  ])('%s -> %s', (id, expected) => {
    expect(yearEarlierId(id)).toBe(expected);
  });
});

describe('shiftPeriod', () => {
  it.each([
    ['2024-Q4', 1, '2025-Q1'],
    ['2025-Q1', -1, '2024-Q4'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -13, '2024-12'],
    ['2026/27', 2, '2028/29'],
  ])('%s shifted by %i is %s', (id, by, expected) => {
    expect(periodId(shiftPeriod(parsePeriod(id)!, by))).toBe(expected);
  });
});

describe('periodBounds', () => {
  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2100-02', '2100-02-01', '2100-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2026-04', '2026-04-01', '2026-04-30'],
    ['2026-07', '2026-07-01', '2026-07-31'],
    ['2026/27', '2026-04-01', '2027-03-31'],
  ])('%s runs from %s to %s', (id, start, end) => {
    expect(periodBounds(parsePeriod(id)!)).toEqual({ start, end });
  });
});

describe('labels', () => {
  it.each([
    ['2026-Q2', 'April to June 2026', 'Apr–Jun 2026'],
    ['2026-04', 'April 2026', 'Apr 2026'],
    ['2026-09', 'September 2026', 'Sep 2026'],
    ['2026/27', 'April 2026 to March 2027', '2026/27'],
    ['later', 'later', 'later'],
  ])('%s reads %s, or %s on an axis', (id, long, short) => {
    expect(formatPeriod(id)).toBe(long);
    expect(shortPeriodLabel(id)).toBe(short);
  });
});

const anyPeriod = fc.oneof(
  fc
    .record({ year: fc.integer({ min: 1000, max: 9000 }), quarter: fc.constantFrom(1, 2, 3, 4) })
    .map((p) => `${p.year}-Q${p.quarter}`),
  fc
    .record({ year: fc.integer({ min: 1000, max: 9000 }), month: fc.integer({ min: 1, max: 12 }) })
    .map((p) => `${p.year}-${String(p.month).padStart(2, '0')}`),
  fc.integer({ min: 1000, max: 9000 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`),
);

describe('invariants', () => {
  it('ids round-trip, shifts add up, and a year earlier starts one calendar year before', () => {
    fc.assert(
      fc.property(anyPeriod, fc.integer({ min: -50, max: 50 }), (id, by) => {
        const period = parsePeriod(id)!;
        expect(periodId(period)).toBe(id);
        expect(periodOrdinal(shiftPeriod(period, by))).toBe(periodOrdinal(period) + by);
        const earlier = periodBounds(yearEarlier(period)).start;
        const start = periodBounds(period).start;
        expect(Number(earlier.slice(0, 4)) + 1).toBe(Number(start.slice(0, 4)));
        expect(earlier.slice(4)).toBe(start.slice(4));
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
