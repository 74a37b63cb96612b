import { describe, expect, it } from 'vitest';
import type { MapDatum } from './map-model';
import { mapSummary, regionMeans } from './map-summary';

function datum(
  code: string,
  regionCode: string,
  value: number | null,
  lowConfidence = false,
): MapDatum {
  return {
    code,
    name: `System ${code}`,
    regionCode,
    value,
    completeness: 1,
    lowConfidence,
    rank: null,
    interval: null,
    vsEngland: null,
    changeOverYear: null,
    unavailable: null,
    label: '',
  };
}

const regions = [
  { code: 'N', name: 'North' },
  { code: 'S', name: 'South' },
];

describe('regionMeans', () => {
  it('averages each region, highest first', () => {
    const data = [
      datum('A', 'N', 60),
      datum('B', 'N', 70),
      datum('C', 'S', 80),
      datum('D', 'S', null),
    ];
    expect(regionMeans(data, regions)).toEqual([
      { code: 'S', name: 'South', mean: 80, systems: 1 },
      { code: 'N', name: 'North', mean: 65, systems: 2 },
    ]);
  });
});

describe('mapSummary', () => {
  it('says the range, the regions at either end, and the caveats', () => {
    const data = [
      datum('A', 'N', 38.4),
      datum('B', 'N', 50, true),
      datum('C', 'S', 81.2),
      datum('D', 'S', null),
    ];
    expect(mapSummary(data, regions, 'readiness')).toBe(
      'Readiness ranges from 38 in System A to 81 in System C. South is highest on average (81) and North lowest (44). 1 value is low confidence. 1 system has no value.',
    );
  });

  it('handles a period with no values', () => {
    expect(mapSummary([datum('A', 'N', null)], regions, 'BaRS score')).toBe(
      'No system reported BaRS score in this period.',
    );
    expect(mapSummary([], regions, 'readiness')).toBe(
      'No system reported readiness in this period.',
    );
  });

  it('does not name one region as both highest and lowest', () => {
    expect(mapSummary([datum('A', 'N', 40), datum('B', 'N', 60)], regions, 'readiness')).toBe(
      'Readiness ranges from 40 in System A to 60 in System B.',
    );
  });
});
