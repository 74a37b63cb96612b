import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, freshness } from './freshness';
import { quarterRange } from '../periods/quarter';

const SLA = { frequency: 'quarterly', latencyDays: 14 } as const;
const OPEN = ['2026-Q1', '2026-Q2', '2026-Q3'];

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2026-10-20T23:59:59Z', dayNumber('2026-10-20')],
  ])('%s -> %d', (date, expected) => {
    expect(dayNumber(date)).toBe(expected);
  });
});

// Worked by hand: 2026-Q3 ends 30 Sep, due 14 Oct; Q2 ends 30 Jun, due 14 Jul; Q4 due 14 Jan 2027.
describe('freshness against a 14-day SLA', () => {
  it.each([
    // latest, today, state, expected, dueDate, days
    ['2026-Q3', '2026-10-20', 'on-time', '2026-Q3', '2027-01-14', 86], // 11 + 30 + 31 + 14
    ['2026-Q2', '2026-10-20', 'late', '2026-Q3', '2026-10-14', 6],
    ['2026-Q1', '2026-10-20', 'missed', '2026-Q3', '2026-07-14', 98], // 17 + 31 + 30 + 20
    [null, '2026-10-20', 'missed', '2026-Q3', '2026-04-14', 189], // 16 + 31 + 30 + 31 + 31 + 30 + 20
    ['2026-Q2', '2026-10-14', 'on-time', '2026-Q2', '2026-10-14', 0], // due today: not yet late
    ['2026-Q2', '2026-10-15', 'late', '2026-Q3', '2026-10-14', 1],
    ['2026-Q2', '2027-01-15', 'missed', '2026-Q3', '2026-10-14', 93], // Q4 is not open, Q3 overdue
  ] as const)('latest %s on %s is %s', (latest, today, state, expected, dueDate, days) => {
    const result = freshness({ sla: SLA, latest, openPeriods: OPEN, today });
    const owed =
      state === 'on-time'
        ? null
        : dueDate === '2026-04-14'
          ? '2026-Q1'
          : dueDate === '2026-07-14'
            ? '2026-Q2'
            : '2026-Q3';
    expect(result).toEqual({ state, expected, latest, owed, dueDate, days });
  });

  it('expects nothing before the first open quarter is due', () => {
    const result = freshness({
      sla: SLA,
      latest: null,
      openPeriods: ['2026-Q3'],
      today: '2026-08-01',
    });
    expect(result).toEqual({
      state: 'on-time',
      expected: null,
      latest: null,
      owed: null,
      dueDate: '2026-10-14',
      days: 74, // 30 + 30 + 14
    });
  });

  it('never expects a quarter the reference does not list yet', () => {
    const result = freshness({
      sla: SLA,
      latest: '2026-Q2',
      openPeriods: ['2026-Q2'],
      today: '2026-12-01',
    });
    expect(result.state).toBe('on-time');
    expect(result.expected).toBe('2026-Q2');
  });

  it("does not expect quarters after the product's systems ended", () => {
    const input = { sla: SLA, latest: '2026-Q1', openPeriods: OPEN, today: '2026-10-20' };
    expect(freshness({ ...input, activeUntil: '2026-Q1' })).toMatchObject({
      state: 'on-time',
      expected: '2026-Q1',
    });
    expect(freshness(input).state).toBe('missed');
  });

  it('counts a zero-day SLA from the day after the quarter ends', () => {
    const sla = { frequency: 'quarterly', latencyDays: 0 } as const;
    expect(
      freshness({ sla, latest: '2026-Q2', openPeriods: OPEN, today: '2026-09-30' }).state,
    ).toBe('on-time');
    expect(
      freshness({ sla, latest: '2026-Q2', openPeriods: OPEN, today: '2026-10-01' }),
    ).toMatchObject({ state: 'late', days: 1 });
  });

  it('grows no fresher as days pass without a new quarter (property)', () => {
    const rank = { 'on-time': 0, late: 1, missed: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 400 }),
        (latency, from, step) => {
          const sla = { frequency: 'quarterly', latencyDays: latency } as const;
          const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
          const periods = quarterRange('2025-Q1', '2027-Q1');
          const a = freshness({ sla, latest: '2025-Q2', openPeriods: periods, today: day(from) });
          const b = freshness({
            sla,
            latest: '2025-Q2',
            openPeriods: periods,
            today: day(from + step),
          });
          return rank[b.state] >= rank[a.state];
        },
      ),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
