import { describe, expect, it } from 'vitest';
import { earliestVintage, readsOnEarliestVintage } from './earliest-vintage';

const ICB = { validFrom: '2022-07-01', validTo: null };
const ENDED = { validFrom: '2022-07-01', validTo: '2026-03-31' };
const LATER = { validFrom: '2026-04-01', validTo: null };

describe('earliestVintage', () => {
  it.each<[string, { validFrom: string }[], string | null]>([
    ['no systems', [], null],
    ['one vintage', [ICB, ENDED], '2022-07-01'],
    ['the earliest of two, in any order', [LATER, ICB], '2022-07-01'],
  ])('%s', (_name, systems, expected) => {
    expect(earliestVintage(systems)).toBe(expected);
  });
});

describe('readsOnEarliestVintage', () => {
  it.each<[string, typeof ICB | typeof ENDED | typeof LATER, string, string, boolean]>([
    ['August 2020 on an ICB of the earliest vintage', ICB, '2020-08-01', '2020-08-31', true],
    ['2020/21 on an ICB that ended in 2026', ENDED, '2020-04-01', '2021-03-31', true],
    ['2022/23 straddles the vintage: it begins before it', ICB, '2022-04-01', '2023-03-31', true],
    ['June 2022, the day before the vintage ends it', ICB, '2022-06-01', '2022-06-30', true],
    ['July 2022 is the vintage itself: the ordinary rule', ICB, '2022-07-01', '2022-07-31', false],
    ['a system of a later vintage', LATER, '2020-08-01', '2020-08-31', false],
  ])('%s', (_name, system, start, end, expected) => {
    expect(readsOnEarliestVintage(system, { start, end }, '2022-07-01')).toBe(expected);
  });

  it('reads nothing when there is no geography', () => {
    expect(readsOnEarliestVintage(ICB, { start: '2020-08-01', end: '2020-08-31' }, null)).toBe(
      false,
    );
  });
});
