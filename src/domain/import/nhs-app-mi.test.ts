import { describe, expect, it } from 'vitest';
import { TEST_GEOGRAPHY } from './import-fixtures';
import { importNhsAppMi } from './nhs-app-mi';
import {
  AUGUST,
  AUGUST_ROWS,
  HEADER,
  icbRow,
  JULY,
  JULY_ROWS,
  table1,
  table2,
} from './nhs-app-mi-fixtures';
import { createSystemMapper } from './system-map';

const map = createSystemMapper(TEST_GEOGRAPHY);

function run(books: Parameters<typeof importNhsAppMi>[0]) {
  const outcome = importNhsAppMi(books, TEST_GEOGRAPHY, map);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('importNhsAppMi', () => {
  it('writes three measures per system and month, leaves Unknown out and reconciles', () => {
    const result = run([
      {
        file: 'aug.xlsx',
        table1: table1([AUGUST, JULY], [1820, 1510], [576, 505]),
        table2: table2([...JULY_ROWS, [], ...AUGUST_ROWS]),
      },
    ]);
    // QHM August: 330 unique users / 3,000,000 people x 1000 = 0.11
    expect(
      result.measurements.filter((m) => m.system === 'E54000050' && m.period === '2025-08'),
    ).toEqual([
      {
        system: 'E54000050',
        period: '2025-08',
        measure: 'nhs-app-logins',
        numerator: 1200,
        value: 1200,
      },
      {
        system: 'E54000050',
        period: '2025-08',
        measure: 'nhs-app-unique-user-logins',
        numerator: 330,
        value: 330,
      },
      {
        system: 'E54000050',
        period: '2025-08',
        measure: 'nhs-app-unique-users-per-1000',
        numerator: 330,
        denominator: 3000000,
        value: 0.11,
      },
    ]);
    expect(result.measurements).toHaveLength(2 * 2 * 3);
    expect(result.log.mapped).toEqual(['2 systems x 2 months (4 system-months)']);
    expect(result.log.unmapped).toEqual([
      '2025-07 Unknown ICB (unallocated, kept out of every system): 10 logins, 5 unique users',
      '2025-08 Unknown ICB (unallocated, kept out of every system): 20 logins, 6 unique users',
    ]);
    expect(result.log.reconciled).toEqual([
      'aug.xlsx: 2025-07 ICBs + Unknown = England',
      'aug.xlsx: 2025-08 ICBs + Unknown = England',
    ]);
    expect(result.log.warnings).toEqual([]);
  });

  it('reports a national total that differs, and a month headed twice in Table 1', () => {
    // August ICBs + Unknown: 1820 logins, 576 users; England says 1830 and 576. July's column is headed August.
    const result = run([
      {
        file: 'aug.xlsx',
        table1: table1([AUGUST, AUGUST], [1830, 1510], [576, 505]),
        table2: table2([...JULY_ROWS, ...AUGUST_ROWS]),
      },
    ]);
    expect(result.log.warnings).toEqual([
      'aug.xlsx Table 1: two columns are headed 2025-08 (a mislabelled month)',
      'aug.xlsx: 2025-08 England minus (ICBs + Unknown): logins 10, unique users 0',
    ]);
    expect(result.log.reconciled).toEqual([
      'aug.xlsx: 2025-07 ICBs + Unknown = England (in the Table 1 column headed with another month)',
    ]);
  });

  it('lets the later edition win and reports each revision, whatever the order given', () => {
    const july = {
      file: 'jul.xlsx',
      table1: null,
      table2: table2([icbRow(JULY, 'QHM', 990, 300)]),
    };
    const august = {
      file: 'aug.xlsx',
      table1: null,
      table2: table2([...JULY_ROWS, ...AUGUST_ROWS]),
    };
    const result = run([august, july]);
    expect(result.log.reconciled).toEqual([
      'revised in August 2025: QHM 2025-07 logins 990 -> 1000, unique users 300 -> 300',
    ]);
    expect(
      result.measurements.find((m) => m.system === 'E54000050' && m.period === '2025-07')?.value,
    ).toBe(1000);
  });

  it('keeps the first of a duplicated row and lists unmapped codes', () => {
    const result = run([
      {
        file: 'aug.xlsx',
        table1: null,
        table2: table2([
          icbRow(AUGUST, 'QHM', 5, 1),
          icbRow(AUGUST, 'QHM', 7, 2),
          icbRow(AUGUST, 'QXX', 3, 1),
          icbRow(AUGUST, 'QE1', 'NULL' as unknown as number, 1),
        ]),
      },
    ]);
    expect(result.log.warnings).toEqual([
      'aug.xlsx Table 2 row 7: QE1 2025-08 has no figure; left out',
      'aug.xlsx: no Table 1 (national); months not reconciled',
      'August 2025: QHM 2025-08 appears twice; the first row is kept',
    ]);
    expect(result.log.unmapped).toEqual(['2025-08 QXX: no system with code QXX in the reference']);
    expect(result.measurements.find((m) => m.measure === 'nhs-app-logins')).toMatchObject({
      numerator: 5,
    });
  });

  it('names the expected and found headers when a column was renamed', () => {
    const renamed = table2(JULY_ROWS);
    renamed[2] = HEADER.map((name) => (name === 'NHS App logins' ? 'Logins to the NHS App' : name));
    const outcome = importNhsAppMi(
      [{ file: 'x.xlsx', table1: null, table2: renamed }],
      TEST_GEOGRAPHY,
      map,
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toContain(
      'x.xlsx Table 2: missing column "nhs app logins"',
    );
    expect(!outcome.ok && outcome.message).toContain('"Logins to the NHS App"');
  });
});
