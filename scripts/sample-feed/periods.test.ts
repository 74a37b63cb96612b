import { describe, expect, it } from 'vitest';
import { buildPeriods, isValidIn } from './periods';

describe('periods', () => {
  it('lists the quarters of the sample', () => {
    const periods = buildPeriods('2024-Q1', '2026-Q3');
    expect(periods).toHaveLength(11);
    expect(periods.slice(3, 6)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it.each([
    ['2025-Q4', '2025-Q4', ['2025-Q4']],
    ['2025-Q4', '2026-Q1', ['2025-Q4', '2026-Q1']],
    ['2026-Q2', '2026-Q1', []],
  ])('from %s to %s', (first, last, expected) => {
    expect(buildPeriods(first, last)).toEqual(expected);
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
