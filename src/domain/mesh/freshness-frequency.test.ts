import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodId, periodKind } from '../periods/period';
import { quarterRange } from '../periods/quarter';
import { freshness, latestPublished } from './freshness';
import { periodOfDate } from './open-periods';
import { SLA_PERIOD_KIND } from './period-due';
import type { ProductSla } from './product-schema';

// Monthly, 45 days: July is due 2025-09-14, August 2025-10-15, September 2025-11-14.
describe('freshness of a monthly product (45 days)', () => {
  const sla = { frequency: 'monthly', latencyDays: 45 } as const;
  const openPeriods = quarterRange('2025-Q1', '2025-Q4');
  it.each([
    // latest, today, state, expected, owed, dueDate, days
    ['2025-08', '2025-10-20', 'on-time', '2025-08', null, '2025-11-14', 25], // 11 + 14
    ['2025-07', '2025-10-20', 'late', '2025-08', '2025-08', '2025-10-15', 5],
    ['2025-06', '2025-10-20', 'missed', '2025-08', '2025-07', '2025-09-14', 36], // 16 + 20
    // None: January is owed, due 31 Jan + 45 = 17 Mar; 14 + 30 + 31 + 30 + 31 + 31 + 30 + 20
    [null, '2025-10-20', 'missed', '2025-08', '2025-01', '2025-03-17', 217],
    ['2025-07', '2025-10-15', 'on-time', '2025-07', null, '2025-10-15', 0], // due today
  ] as const)('latest %s on %s is %s', (latest, today, state, expected, owed, dueDate, days) => {
    expect(freshness({ sla, latest, openPeriods, today })).toEqual({
      state,
      expected,
      latest,
      owed,
      dueDate,
      days,
    });
  });
});

// Annual, 120 days after 31 March: 2024/25 due 2025-07-29, 2025/26 due 2026-07-29.
// Open 2024-Q1 to 2026-Q3: financial years 2023/24 to 2025/26 end inside it.
describe('freshness of an annual product (120 days)', () => {
  const sla = { frequency: 'annual', latencyDays: 120 } as const;
  const openPeriods = quarterRange('2024-Q1', '2026-Q3');
  it.each([
    // 2026/27 due 2027-07-29: 25 + 31 + 28 + 31 + 30 + 31 + 30 + 29 = 235
    ['2025/26', '2026-12-06', 'on-time', '2025/26', null, '2027-07-29', 235],
    ['2024/25', '2026-12-06', 'late', '2025/26', '2025/26', '2026-07-29', 130], // 2+31+30+31+30+6
    // DSPT 2020/21 only: the first open year 2023/24 is owed (due 2024-07-29), not 2021/22.
    ['2020/21', '2026-12-06', 'missed', '2025/26', '2023/24', '2024-07-29', 860],
    ['2024/25', '2026-07-29', 'on-time', '2024/25', null, '2026-07-29', 0],
  ] as const)('latest %s on %s is %s', (latest, today, state, expected, owed, dueDate, days) => {
    expect(freshness({ sla, latest, openPeriods, today })).toEqual({
      state,
      expected,
      latest,
      owed,
      dueDate,
      days,
    });
  });

  it('expects no year while none ends within the open quarters', () => {
    expect(freshness({ sla, latest: null, openPeriods: ['2026-Q3'], today: '2026-12-06' })).toEqual(
      {
        state: 'on-time',
        expected: null,
        latest: null,
        owed: null,
        dueDate: null,
        days: null,
      },
    );
  });
});

describe('latestPublished', () => {
  const rows = (...periods: string[]) => periods.map((period) => ({ period }));
  it.each<[ProductSla['frequency'], string[], string[], string | null]>([
    ['quarterly', ['2025-Q2', '2025-Q4', '2025-Q3'], ['2026-01'], '2025-Q4'],
    ['monthly', ['2026-Q1'], ['2025-11', '2026-02', '2025-12'], '2026-02'],
    ['annual', [], ['2024/25', '2025-08', '2023/24'], '2024/25'],
    ['monthly', ['2026-Q1'], [], null],
  ])('%s from %o and %o is %s', (frequency, observations, measurements, expected) => {
    const sla = { frequency, latencyDays: 30 };
    expect(latestPublished(sla, rows(...observations), rows(...measurements))).toBe(expected);
  });
});

describe('freshness, every frequency (property)', () => {
  const frequencies = ['monthly', 'quarterly', 'annual'] as const;
  const rank = { 'on-time': 0, late: 1, missed: 2 } as const;
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
  const openPeriods = quarterRange('2024-Q1', '2027-Q4');
  const arbitrary = fc.record({
    frequency: fc.constantFrom(...frequencies),
    latency: fc.integer({ min: 0, max: 300 }),
    from: fc.integer({ min: 0, max: 1400 }),
    step: fc.integer({ min: 0, max: 500 }),
  });

  it('grows no fresher as days pass without a new period', () => {
    fc.assert(
      fc.property(arbitrary, ({ frequency, latency, from, step }) => {
        const sla = { frequency, latencyDays: latency };
        const latest = periodId(periodOfDate('2024-06-15', SLA_PERIOD_KIND[frequency]));
        const a = freshness({ sla, latest, openPeriods, today: day(from) });
        const b = freshness({ sla, latest, openPeriods, today: day(from + step) });
        return rank[b.state] >= rank[a.state];
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('is on time with the expected period; otherwise owes a period of its kind, already overdue', () => {
    fc.assert(
      fc.property(arbitrary, ({ frequency, latency, from }) => {
        const sla = { frequency, latencyDays: latency };
        const today = day(from);
        const none = freshness({ sla, latest: null, openPeriods, today });
        if (none.expected === null) return none.state === 'on-time';
        const caughtUp = freshness({ sla, latest: none.expected, openPeriods, today });
        const owedKind = none.owed === null ? null : periodKind(none.owed);
        return (
          caughtUp.state === 'on-time' &&
          (caughtUp.days ?? 0) >= 0 &&
          none.state !== 'on-time' &&
          owedKind === SLA_PERIOD_KIND[frequency] &&
          (none.days ?? 0) > 0
        );
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
