import { describe, expect, it } from 'vitest';
import { quarterBounds } from '../periods/quarter';
import { validityConflict } from './validity-conflict';

const northVale = { shortName: 'North Vale', validFrom: '2022-07-01', validTo: '2026-03-31' };
const valeAndShore = { shortName: 'Vale and Shore', validFrom: '2026-04-01', validTo: null };
const midQuarter = { shortName: 'Mid', validFrom: '2026-05-15', validTo: null };

describe('validityConflict', () => {
  it.each<[string, typeof northVale | typeof valeAndShore, string, string | undefined]>([
    ['the last quarter before an end', northVale, '2026-Q1', undefined],
    [
      'the quarter after an end',
      northVale,
      '2026-Q2',
      'North Vale ended on 2026-03-31 but this row is for 2026-Q2',
    ],
    ['the first quarter of a start on its first day', valeAndShore, '2026-Q2', undefined],
    [
      'a quarter before the start',
      valeAndShore,
      '2026-Q1',
      'Vale and Shore started on 2026-04-01 but this row is for 2026-Q1',
    ],
    [
      'a start within the quarter',
      midQuarter,
      '2026-Q2',
      'Mid started on 2026-05-15 but this row is for 2026-Q2',
    ],
    ['a still-open system, far ahead', valeAndShore, '2099-Q4', undefined],
  ])('%s', (_name, system, period, expected) => {
    const bounds = quarterBounds(period);
    if (!bounds) throw new Error(period);
    expect(validityConflict(system, period, bounds)).toBe(expected);
  });
});
