/**
 * A small reference geography for the importers' tests: two ICBs of July 2022, one that ended in
 * March 2026 with a single successor, and one that was split. Codes are real ONS/ODS codes; the
 * populations are round numbers of ours.
 */
import type { ReferenceGeography } from './system-map';

export const TEST_GEOGRAPHY: ReferenceGeography = {
  systems: [
    {
      code: 'E54000050',
      odsCode: 'QHM',
      validFrom: '2022-07-01',
      validTo: null,
      population: 3000000,
    },
    {
      code: 'E54000048',
      odsCode: 'QE1',
      validFrom: '2022-07-01',
      validTo: null,
      population: 2000000,
    },
    {
      code: 'E54000024',
      odsCode: 'QU9',
      validFrom: '2022-07-01',
      validTo: '2026-03-31',
      population: 1000000,
    },
    { code: 'E54000065', validFrom: '2026-04-01', validTo: null, population: 1500000 },
    {
      code: 'E54000023',
      odsCode: 'QNQ',
      validFrom: '2022-07-01',
      validTo: '2026-03-31',
      population: 800000,
    },
    { code: 'E54000066', validFrom: '2026-04-01', validTo: null, population: 900000 },
    { code: 'E54000068', validFrom: '2026-04-01', validTo: null, population: 1100000 },
  ],
  crosswalk: [
    { from: 'E54000024', to: [{ code: 'E54000065', populationShare: 1 }] },
    {
      from: 'E54000023',
      to: [
        { code: 'E54000066', populationShare: 0.35 },
        { code: 'E54000068', populationShare: 0.65 },
      ],
    },
  ],
};
