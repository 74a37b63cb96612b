import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measure, Measurement } from '../feed/feed-schema';
import { MEASURED_MEASURES } from '../../testing/fixtures/feeds/measured-feed';
import {
  groupValue,
  latestPeriod,
  measureValues,
  quarterlyValues,
  valuesAt,
} from './measure-values';

const measureById = (id: string) => MEASURED_MEASURES.find((m) => m.id === id) as Measure;
const rate = measureById('app-users-per-1000');
const share = measureById('practices-enabled');
const count = measureById('app-logins');
const annual = measureById('annual-returns');

function row(system: string, period: string, numerator: number, denominator?: number) {
  const value =
    denominator === undefined ? numerator : (numerator / denominator) * (rate.scale ?? 1);
  return { system, measure: rate.id, period, numerator, denominator, value } as Measurement;
}

describe('measureValues', () => {
  const rows: Measurement[] = [
    row('S2', '2025-09', 50, 1000),
    row('S1', '2025-08', 10, 1000),
    row('S1', '2025-07', 20, 1000),
    { ...row('S3', '2025-08', 1, 10), measure: 'another-measure' },
    row('S2', '2025-07', 30, 1000),
  ];

  it('keeps this measure only, each system oldest first, periods in time order', () => {
    const values = measureValues(rate, rows);
    expect(values.periods).toEqual(['2025-07', '2025-08', '2025-09']);
    expect([...values.bySystem.keys()].sort()).toEqual(['S1', 'S2']);
    expect(values.bySystem.get('S1')!.map((r) => r.period)).toEqual(['2025-07', '2025-08']);
    expect(values.bySystem.get('S2')!.map((r) => r.value)).toEqual([30, 50]);
  });

  it.each([
    ['2025-07', { S1: 20, S2: 30 }],
    ['2025-08', { S1: 10 }],
    ['2025-10', {}],
  ])('valuesAt %s', (period, expected) => {
    const at = valuesAt(measureValues(rate, rows), period);
    expect(Object.fromEntries([...at].map(([system, r]) => [system, r.value]))).toEqual(expected);
  });

  it('names the latest period, or null without values', () => {
    expect(latestPeriod(measureValues(rate, rows))).toBe('2025-09');
    expect(latestPeriod(measureValues(rate, []))).toBeNull();
  });

  it('orders financial years and quarters by time, not as text', () => {
    const values = measureValues(annual, [
      { system: 'S1', measure: annual.id, period: '2025/26', numerator: 3, value: 3 },
      { system: 'S1', measure: annual.id, period: '2024/25', numerator: 2, value: 2 },
    ]);
    expect(values.periods).toEqual(['2024/25', '2025/26']);
  });
});

describe('groupValue', () => {
  const v = (numerator: number, denominator?: number, value = 0) => ({
    system: 'S',
    period: '2025-08',
    numerator,
    denominator,
    value,
  });

  it.each<[string, Measure, ReturnType<typeof v>[], number | null]>([
    // (100 + 900) / (1,000 + 9,000) x 1,000 = 100 per 1,000; the mean of 100 and 100 agrees here
    ['a rate from summed parts', rate, [v(100, 1000, 100), v(900, 9000, 100)], 100],
    // (1 + 90) / (10 + 100) = 0.82727..., not the mean of 0.1 and 0.9 (0.5)
    ['a share weighted by size', share, [v(1, 10, 0.1), v(90, 100, 0.9)], 91 / 110],
    ['a count is the sum', count, [v(1200), v(34)], 1234],
    ['an empty group has no value', rate, [], null],
    ['a zero denominator has no value', share, [v(0, 0, 0)], null],
  ])('%s', (_name, measure, rows, expected) => {
    const value = groupValue(measure, rows);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 10);
  });

  it('a share or rate of a group lies between its smallest and largest member', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 })),
          { minLength: 1, maxLength: 30 },
        ),
        (pairs) => {
          const rows = pairs.map(([n, d]) => v(Math.min(n, d), d, Math.min(n, d) / d));
          const value = groupValue(share, rows)!;
          const members = rows.map((r) => r.value);
          return value >= Math.min(...members) - 1e-12 && value <= Math.max(...members) + 1e-12;
        },
      ),
      { seed: 20261206 },
    );
  });
});

describe('quarterlyValues', () => {
  it('rolls months into complete quarters and leaves a partial quarter out', () => {
    const values = measureValues(rate, [
      row('S1', '2025-07', 10, 1000),
      row('S1', '2025-08', 20, 1000),
      row('S1', '2025-09', 30, 1000),
      row('S1', '2025-10', 40, 1000),
    ]);
    const quarters = quarterlyValues(values)!;
    expect(quarters.periods).toEqual(['2025-Q3']);
    // (10 + 20 + 30) / 3,000 x 1,000 = 20 per 1,000
    expect(quarters.bySystem.get('S1')).toEqual([
      { system: 'S1', period: '2025-Q3', numerator: 60, denominator: 3000, value: 20 },
    ]);
  });

  it('keeps a quarterly measure as it is and cannot divide a financial year', () => {
    const quarterly = measureValues(share, []);
    expect(quarterlyValues(quarterly)).toBe(quarterly);
    expect(quarterlyValues(measureValues(annual, []))).toBeNull();
  });
});

describe('measureValues orders months as the calendar does (each period placed once)', () => {
  const month = fc.record({
    year: fc.integer({ min: 2019, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
  });
  const id = ({ year, m }: { year: number; m: number }) => `${year}-${String(m).padStart(2, '0')}`;
  it('gives every system its values oldest first and the periods in time order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ system: fc.constantFrom('S1', 'S2', 'S3'), at: month }), {
          maxLength: 60,
        }),
        (draws) => {
          const rows = draws.map(({ system, at }, index) => row(system, id(at), index, 1000));
          const values = measureValues(rate, rows);
          // The calendar's order by hand: year, then month, as plain numbers.
          const key = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5));
          const expected = [...new Set(rows.map((r) => r.period))].sort((a, b) => key(a) - key(b));
          expect(values.periods).toEqual(expected);
          for (const list of values.bySystem.values()) {
            const keys = list.map((r) => key(r.period));
            expect(keys).toEqual([...keys].sort((a, b) => a - b));
          }
          expect([...values.bySystem.values()].flat()).toHaveLength(rows.length);
        },
      ),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
