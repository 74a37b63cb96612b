import { describe, expect, it } from 'vitest';
import { isSystemValidIn, systemsInPeriod } from './system-validity';

const ended = { validFrom: '2022-07-01', validTo: '2026-03-31' };
const continuing = { validFrom: '2022-07-01', validTo: null };
const created = { validFrom: '2026-04-01', validTo: null };
const midQuarter = { validFrom: '2026-05-15', validTo: null };

describe('isSystemValidIn', () => {
  it.each([
    ['an ended system in its last quarter', ended, '2026-Q1', true],
    ['an ended system after it ended', ended, '2026-Q2', false],
    ['a continuing system years later', continuing, '2030-Q4', true],
    ['a new system in its first quarter', created, '2026-Q2', true],
    ['a new system before it began', created, '2026-Q1', false],
    ['a system that began mid-quarter, in that quarter', midQuarter, '2026-Q2', false],
    ['any system in a malformed period', continuing, '2026-Q9', false],
  ])('%s', (_label, system, period, expected) => {
    expect(isSystemValidIn(system, period)).toBe(expected);
  });
});

describe('systemsInPeriod', () => {
  it('keeps the systems of one geography vintage, in order', () => {
    expect(systemsInPeriod([ended, continuing, created], '2026-Q1')).toEqual([ended, continuing]);
    expect(systemsInPeriod([ended, continuing, created], '2026-Q2')).toEqual([continuing, created]);
    expect(systemsInPeriod([], '2026-Q2')).toEqual([]);
  });
});
