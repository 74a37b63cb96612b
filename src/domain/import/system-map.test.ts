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
      'period before the system began',
      'QHM',
      '2020/21',
      { ok: false, reason: 'QHM is E54000050, which began on 2022-07-01' },
    ],
    [
      'month straddling nothing: June 2022 is before July 2022',
      'QHM',
      '2022-06',
      { ok: false, reason: 'QHM is E54000050, which began on 2022-07-01' },
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
});
