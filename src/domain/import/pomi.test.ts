import { describe, expect, it } from 'vitest';
import { TEST_GEOGRAPHY } from './import-fixtures';
import { importPomi } from './pomi';
import { createSystemMapper } from './system-map';

const map = createSystemMapper(TEST_GEOGRAPHY);

// The "patients registered at a GP practice" mapping's header, with our own practices.
const LOOKUP = [
  [
    'PUBLICATION',
    'EXTRACT_DATE',
    'PRACTICE_CODE',
    'PRACTICE_NAME',
    'CCG_CODE',
    'STP_CODE',
    'STP_NAME',
  ],
  ['GP_PRAC_PAT_LIST', '01Jan2024', 'A00001', 'One', '16C', 'QHM', 'North East'],
  ['GP_PRAC_PAT_LIST', '01Jan2024', 'A00002', 'Two', '16C', 'QHM', 'North East'],
  ['GP_PRAC_PAT_LIST', '01Jan2024', 'B00001', 'Three', '01K', 'QE1', 'Lancashire'],
];

const PORTAL_HEADER = [
  'PeriodStart',
  'PeriodEnd',
  'Period',
  'CCGCode',
  'GPPracticeCode',
  'GPPracticeName',
  'Supplier',
  'NoPatients',
  'SystemEnabled',
  'PatientsEnabled',
  'PatientsUsed',
];
const portalRow = (practice: string, patients: string, status: string, enabled: string) => [
  '01/08/2024',
  '31/08/2024',
  '2024/2025 M5',
  '16C',
  practice,
  'X',
  'EMIS',
  patients,
  status,
  enabled,
  'NULL',
];
const ON = 'System Functionality Enabled by Practice';

describe('importPomi', () => {
  it('indicator portal layout: NULL and NK are no figure, shares summed before dividing', () => {
    const rows = [
      PORTAL_HEADER,
      portalRow('A00001', '1000', ON, '100'),
      portalRow('A00002', '3000', ON, '500'),
      portalRow('B00001', '2000', 'System Functionality Status Unknown', 'NULL'),
      [],
      portalRow('Z99999', '500', ON, '50'),
    ];
    const outcome = importPomi([{ file: 'p.csv', rows }], LOOKUP, 'map.csv', map);
    if (!outcome.ok) throw new Error(outcome.message);
    // QHM: (100 + 500) / (1000 + 3000) = 0.15, not the mean of 10% and 16.7%
    expect(outcome.result.measurements).toEqual([
      {
        system: 'E54000050',
        measure: 'pomi-portal-patients-enabled',
        period: '2024-08',
        numerator: 600,
        denominator: 4000,
        value: 0.15,
      },
      {
        system: 'E54000050',
        measure: 'pomi-portal-practices-enabled',
        period: '2024-08',
        numerator: 2,
        denominator: 2,
        value: 1,
      },
    ]);
    expect(outcome.result.log.unmapped).toEqual([
      '1 practices not in the lookup: Z99999',
      '1 practices without POMI figures (NA, NULL, NK): B00001',
    ]);
  });

  it('one-row-per-practice layout in any letter case, with an unmapped ICB counted', () => {
    const rows = [
      [
        'PRACTICE_CODE',
        'Report_Period_End',
        'Total_Pat_Enbld',
        'Patient_List_Size',
        'PAT_APPTS_ENBLD',
      ],
      ['A00001', '31AUG2024', '400', '1000', '300'],
      ['B00001', '31AUG2024', '1000', '2000', 'NA'],
      ['C00001', 'NA', 'NA', 'NA', 'NA'],
    ];
    const lookup = [
      ...LOOKUP,
      ['GP_PRAC_PAT_LIST', '01Jan2024', 'C00001', 'Four', '00X', 'QXX', 'Gone'],
    ];
    const outcome = importPomi([{ file: 'w.csv', rows }], lookup, 'map.csv', map);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.measures.map((m) => m.id)).toEqual([
      'pomi-patients-enabled-any',
      'pomi-patients-enabled-appointments',
    ]);
    expect(outcome.result.measurements.map((m) => [m.system, m.measure, m.value])).toEqual([
      ['E54000050', 'pomi-patients-enabled-any', 0.4],
      ['E54000048', 'pomi-patients-enabled-any', 0.5],
      ['E54000050', 'pomi-patients-enabled-appointments', 0.3],
    ]);
    expect(outcome.result.log.unmapped).toEqual([
      '1 practices without POMI figures (NA, NULL, NK): C00001',
    ]);
  });

  it('a practice whose ICB code the reference does not know is listed with the reason', () => {
    const rows = [
      ['practice_code', 'report_period_end', 'total_pat_enbld', 'patient_list_size'],
      ['C00001', '31AUG2024', '1', '10'],
    ];
    const lookup = [
      ...LOOKUP,
      ['GP_PRAC_PAT_LIST', '01Jan2024', 'C00001', 'Four', '00X', 'QXX', 'Gone'],
    ];
    const outcome = importPomi([{ file: 'w.csv', rows }], lookup, 'map.csv', map);
    expect(outcome.ok && outcome.result.log.unmapped).toEqual([
      '1 practices at 2024-08 QXX: no system with code QXX in the reference',
    ]);
  });

  describe('the same practice and month in two files', () => {
    const WIDE = ['practice_code', 'report_period_end', 'total_pat_enbld', 'patient_list_size'];
    const first = [
      WIDE,
      ['A00001', '31AUG2024', '100', '1000'],
      ['A00002', '31AUG2024', '50', '500'],
    ];
    const second = [
      WIDE,
      ['A00001', '31AUG2024', '150', '1000'],
      ['A00002', '31AUG2024', '50', '500'],
    ];
    const any = (outcome: ReturnType<typeof importPomi>) =>
      outcome.ok
        ? outcome.result.measurements.map((m) => [m.period, m.numerator, m.denominator])
        : [];

    it('the file given later wins and the changed figure is reported as a revision', () => {
      const files = [
        { file: 'a.csv', rows: first },
        { file: 'b.csv', rows: second },
      ];
      const outcome = importPomi(files, LOOKUP, 'map.csv', map);
      if (!outcome.ok) throw new Error(outcome.message);
      // QHM: A00001 150 + A00002 50 = 200 of 1000 + 500
      expect(any(outcome)).toEqual([['2024-08', 200, 1500]]);
      expect(outcome.result.log.reconciled).toEqual([
        'revised in b.csv: A00001 2024-08 pomi-patients-enabled-any 100/1000 -> 150/1000',
      ]);
      expect(outcome.result.log.mapped[0]).toBe('2 practices into 1 systems; 1 measurements');
    });

    it('a file holding a later month outranks one given after it', () => {
      const withSeptember = [...first, ['A00001', '30SEP2024', '160', '1000']];
      const files = [
        { file: 'a.csv', rows: withSeptember },
        { file: 'b.csv', rows: second },
      ];
      const outcome = importPomi(files, LOOKUP, 'map.csv', map);
      if (!outcome.ok) throw new Error(outcome.message);
      expect(any(outcome)).toEqual([
        ['2024-08', 150, 1500],
        ['2024-09', 160, 1000],
      ]);
      expect(outcome.result.log.reconciled).toEqual([
        'revised in a.csv: A00001 2024-08 pomi-patients-enabled-any 150/1000 -> 100/1000',
      ]);
    });

    it('a practice twice in one file keeps its first row and says so', () => {
      const twice = [...first, ['A00001', '31AUG2024', '999', '1000']];
      const outcome = importPomi([{ file: 'a.csv', rows: twice }], LOOKUP, 'map.csv', map);
      if (!outcome.ok) throw new Error(outcome.message);
      expect(any(outcome)).toEqual([['2024-08', 150, 1500]]);
      expect(outcome.result.log.warnings).toEqual([
        'a.csv: A00001 2024-08 appears twice; the first row is kept',
      ]);
    });
  });

  it('neither layout: both expectations are quoted', () => {
    const outcome = importPomi(
      [{ file: 'x.csv', rows: [['practice', 'patients']] }],
      LOOKUP,
      'map.csv',
      map,
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/indicator portal layout.*\n.*practice layout/);
  });
});
