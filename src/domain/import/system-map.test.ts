import { describe, expect, it } from 'vitest';
import { TEST_GEOGRAPHY } from './import-fixtures';
import type { SystemMapping } from './system-map';
import { createSystemMapper } from './system-map';

const map = createSystemMapper(TEST_GEOGRAPHY);

describe('createSystemMapper', () => {
  it.each<[string, string, string, SystemMapping]>([
    ['ODS code', 'QHM', '2025-08', { ok: true, system: 'E54000050' }],
    ['ONS code, lower case', 'e54000048', '2025/26', { ok: true, system: 'E54000048' }],
    ['quarter', 'QE1', '2024-Q2', { ok: true, system: 'E54000048' }],
    [
      'ended system followed to its single successor',
      'QU9',
      '2026-05',
      { ok: true, system: 'E54000065', via: 'E54000024' },
    ],
    [
      'split system is not guessed',
      'QNQ',
      '2026-05',
      {
        ok: false,
        reason: 'E54000023 ended on 2026-03-31; it was split (E54000066 35%, E54000068 65%)',
      },
    ],
    [
      'year older than the geography, read on its earliest vintage',
      'QHM',
      '2020/21',
      { ok: true, system: 'E54000050', vintage: '2022-07-01' },
    ],
    [
      'June 2022, the month before the vintage, read on it too',
      'QHM',
      '2022-06',
      { ok: true, system: 'E54000050', vintage: '2022-07-01' },
    ],
    [
      'an ICB that ended in 2026 still holds its 2020 figures',
      'QNQ',
      '2020-08',
      { ok: true, system: 'E54000023', vintage: '2022-07-01' },
    ],
    [
      'a system of a later vintage refuses older periods',
      'E54000065',
      '2020-08',
      { ok: false, reason: 'E54000065 is E54000065, which began on 2026-04-01' },
    ],
    [
      '2020 STP code that is no ICB code',
      'E54000007',
      '2025-08',
      { ok: false, reason: 'no system with code E54000007 in the reference' },
    ],
    [
      'CCG code',
      '00L',
      '2025-08',
      { ok: false, reason: 'no system with code 00L in the reference' },
    ],
    [
      'bad period',
      'QHM',
      'August',
      { ok: false, reason: 'period "August" is not a month, quarter or year' },
    ],
  ])('%s', (_name, code, period, expected) => {
    expect(map(code, period)).toEqual(expected);
  });

  // Greater Manchester: STP E54000007 (ODS QOP) in 2020, ICB E54000057 (still QOP) from July 2022.
  const withManchester = createSystemMapper({
    ...TEST_GEOGRAPHY,
    systems: [
      ...TEST_GEOGRAPHY.systems,
      { code: 'E54000057', odsCode: 'QOP', validFrom: '2022-07-01', validTo: null, population: 1 },
    ],
  });

  it.each<[string, string, string, SystemMapping]>([
    [
      'a replaced 2020 STP code goes through its ODS code, on the earliest vintage',
      'E54000007',
      '2020/21',
      { ok: true, system: 'E54000057', via: 'E54000007', vintage: '2022-07-01' },
    ],
    [
      'the same code for a period the ICB covers',
      'e54000007',
      '2025-08',
      { ok: true, system: 'E54000057', via: 'E54000007' },
    ],
    [
      'a replaced code whose ICB the reference lacks',
      'E54000009',
      '2020/21',
      { ok: false, reason: 'no system with code E54000009 in the reference' },
    ],
  ])('%s', (_name, code, period, expected) => {
    expect(withManchester(code, period)).toEqual(expected);
  });
});
