import { describe, expect, it } from 'vitest';
import { dsptQuarter, importDspt } from './dspt';
import { TEST_GEOGRAPHY } from './import-fixtures';
import { createSystemMapper } from './system-map';

const map = createSystemMapper(TEST_GEOGRAPHY);

// The toolkit file's header (as joined by NHSX analysts), our own organisations.
const HEADER = [
  '',
  'Code',
  'Name',
  'Sector',
  'STP20CD',
  'STP20CDH',
  'STPCDH',
  'Final.Status',
  'Short.Status',
];
const org = (
  code: string,
  sector: string,
  ons: string,
  ods: string,
  status: string,
  short: string,
) => ['1', code, `Org ${code}`, sector, ons, '', ods, status, short];

const ROWS = [
  HEADER,
  org('00L', 'CCG', 'E54000050', '', '23/24 Standards Met', 'Standards Met'),
  org('RTD', 'Trust', '', 'QHM', '23/24 Standards Exceeded', 'Standards Exceeded'),
  org('RXP', 'Trust', '', 'QHM', '23/24 Approaching Standards', 'Approaching Standards'),
  org('RTF', 'Trust', '', 'QHM', '23/24 Standards Not Met', 'Standards Not Met'),
  org('0AR', 'CSU', '', '', '23/24 Standards Met', 'Standards Met'),
  org('RXX', 'Trust', '', 'QE1', 'Not Published', 'Not Published'),
  org('01A', 'CCG', 'E54000048', '', '23/24 Approaching Standards', 'Approaching Standards'),
];

describe('importDspt', () => {
  it('shares of organisations meeting the standard per ICB and year, as measure and observations', () => {
    const outcome = importDspt(ROWS, 'dspt.csv', map, ['2024-Q1', '2024-Q2']);
    if (!outcome.ok) throw new Error(outcome.message);
    // QHM: Met + Exceeded = 2 of 4 assessed; QE1: 0 of 1 (RXX not published)
    expect(outcome.result.measurements).toEqual([
      {
        system: 'E54000050',
        measure: 'dspt-standards-met',
        period: '2023/24',
        numerator: 2,
        denominator: 4,
        value: 0.5,
      },
      {
        system: 'E54000048',
        measure: 'dspt-standards-met',
        period: '2023/24',
        numerator: 0,
        denominator: 1,
        value: 0,
      },
    ]);
    expect(
      outcome.result.observations.map((o) => [o.system, o.period, o.status, o.coverage]),
    ).toEqual([
      ['E54000050', '2024-Q2', 'partial', 0.5],
      ['E54000048', '2024-Q2', 'not-started', 0],
    ]);
    expect(outcome.result.log.unmapped).toEqual([
      '0AR: no ICB (STP) code in the file',
      'RXX: status "Not Published" is not a published assessment',
    ]);
  });

  it('a year whose quarter the reference lacks gives the measure only, and says so', () => {
    const outcome = importDspt(ROWS, 'dspt.csv', map, ['2025-Q1']);
    expect(outcome.ok && outcome.result.observations).toEqual([]);
    expect(outcome.ok && outcome.result.log.warnings).toEqual([
      '2023/24: the reference has no quarter 2024-Q2; measure only, no dspt observations',
    ]);
  });

  it('a year before the ICBs is read on their first vintage; a code nothing continues is listed', () => {
    const old = [
      HEADER,
      org('00L', 'CCG', 'E54000050', '', '20/21 Standards Met', 'Standards Met'),
      // A replaced 2020 STP code with no ODS code, whose ICB (QF7) the test reference lacks.
      org('02P', 'CCG', 'E54000009', '', '20/21 Standards Not Met', 'Standards Not Met'),
      // An ONS code the reference does not know, but an ODS code it does: the ODS code maps.
      org('RTX', 'Trust', 'E54000049', 'QE1', '20/21 Standards Met', 'Standards Met'),
    ];
    const outcome = importDspt(old, 'dspt.csv', map, []);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.measurements.map((m) => [m.system, m.period, m.value])).toEqual([
      ['E54000050', '2020/21', 1],
      ['E54000048', '2020/21', 1],
    ]);
    expect(outcome.result.log.unmapped).toEqual([
      '1 organisations at 2020/21 E54000009: no system with code E54000009 in the reference (02P)',
    ]);
  });

  it.each([
    ['2023/24', '2024-Q2'],
    ['2020/21', '2021-Q2'],
  ])('assessment year %s is shown in %s', (year, quarter) => {
    expect(dsptQuarter(year)).toBe(quarter);
  });
});
