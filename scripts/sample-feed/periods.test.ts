import { describe, expect, it } from 'vitest';
import { buildPeriods, isValidIn, quarterEnd, quarterStart } from './periods';

describe('periods', () => {
  it('lists the quarters of the sample', () => {
    const periods = buildPeriods('2024-Q1', '2026-Q3');
    expect(periods).toHaveLength(11);
    expect(periods.slice(3, 6)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it.each([
    ['2025-Q1', '2025-01-01', '2025-03-31'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
  ])('%s runs from %s to %s', (period, start, end) => {
    expect(quarterStart(period)).toBe(start);
    expect(quarterEnd(period)).toBe(end);
  });

  it.each([
    [
      'ended system, last quarter',
      { validFrom: '2022-07-01', validTo: '2026-03-31' },
      '2026-Q1',
      true,
    ],
    ['ended system, after', { validFrom: '2022-07-01', validTo: '2026-03-31' }, '2026-Q2', false],
    ['new system, before', { validFrom: '2026-04-01', validTo: null }, '2026-Q1', false],
    ['new system, first quarter', { validFrom: '2026-04-01', validTo: null }, '2026-Q2', true],
    ['started mid-quarter', { validFrom: '2026-05-01', validTo: null }, '2026-Q2', false],
  ])('%s', (_name, system, period, expected) => {
    expect(isValidIn(system, period)).toBe(expected);
  });

  it('rejects a malformed quarter', () => {
    expect(() => buildPeriods('2024-Q5', '2025-Q1')).toThrow(/not a quarter/);
  });
});
