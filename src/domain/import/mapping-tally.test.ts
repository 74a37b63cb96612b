import { describe, expect, it } from 'vitest';
import { TEST_GEOGRAPHY } from './import-fixtures';
import { tallyMappings } from './mapping-tally';
import { createSystemMapper } from './system-map';

const geography = {
  ...TEST_GEOGRAPHY,
  systems: [
    ...TEST_GEOGRAPHY.systems,
    { code: 'E54000057', odsCode: 'QOP', validFrom: '2022-07-01', validTo: null, population: 1 },
  ],
};

describe('tallyMappings', () => {
  it("says nothing when every row is of the geography's own time and codes", () => {
    const tally = tallyMappings(createSystemMapper(geography));
    tally.mapper('QHM', '2025-08');
    tally.mapper('E54000099', '2025-08');
    expect(tally.lines()).toEqual([]);
  });

  it('counts rows read on the earliest vintage and rows through replaced STP codes', () => {
    const tally = tallyMappings(createSystemMapper(geography));
    // Three 2020 rows on the earliest vintage; two of them through E54000007 (QOP).
    for (const code of ['QHM', 'E54000007', 'e54000007']) tally.mapper(code, '2020-08');
    tally.mapper('E54000007', '2025-08');
    // Unmapped rows count under neither rule.
    tally.mapper('E54000009', '2020-08');
    expect(tally.lines()).toEqual([
      "3 rows of periods before 2022-07-01 read on the geography of 2022-07-01 (their STP code continues as the ICB's code)",
      '3 rows through replaced 2020 STP codes, whose footprints moved in 2022 (E54000007 as QOP 3)',
    ]);
  });
});
