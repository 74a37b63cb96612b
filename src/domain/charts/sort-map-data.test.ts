import { describe, expect, it } from 'vitest';
import type { MapDatum } from './map-model';
import { sortMapData } from './sort-map-data';

function row(
  name: string,
  value: number | null,
  change: number | null,
  regionCode: string,
): MapDatum {
  return {
    code: name,
    name,
    regionCode,
    value,
    completeness: 1,
    lowConfidence: false,
    rank: null,
    interval: null,
    vsEngland: null,
    changeOverYear: change,
    label: name,
  };
}

const rows = [
  row('B', 50, 2, 'S'),
  row('A', 70, null, 'N'),
  row('C', null, 5, 'N'),
  row('D', 50, -1, 'S'),
];
const regions: Record<string, string> = { N: 'North', S: 'South' };
const names = (sorted: MapDatum[]) => sorted.map((item) => item.name);

describe('sortMapData', () => {
  it.each([
    ['value', 'descending', ['A', 'B', 'D', 'C']],
    ['value', 'ascending', ['B', 'D', 'A', 'C']],
    ['change', 'descending', ['C', 'B', 'D', 'A']],
    ['name', 'ascending', ['A', 'B', 'C', 'D']],
    ['name', 'descending', ['D', 'C', 'B', 'A']],
    ['region', 'ascending', ['A', 'C', 'B', 'D']],
  ] as const)('by %s %s', (column, direction, expected) => {
    expect(names(sortMapData(rows, column, direction, (code) => regions[code] ?? code))).toEqual(
      expected,
    );
  });
});
