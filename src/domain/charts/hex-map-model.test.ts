import { describe, expect, it } from 'vitest';
import { minimalHexJson } from '../../testing/fixtures/geo/minimal-hexjson';
import { hexCells } from '../geography/hex-geometry';
import { COMPARISON_FILLS, HATCH_STROKES, NO_DATA_FILL, SCORE_PALETTE } from './chart-theme';
import { hexAreas } from './hex-map-model';
import type { MapDatum } from './map-model';

const { cells } = hexCells(minimalHexJson, 24);
const groups = ['S1', 'S2', 'S3'].map((code) => ({ code, hexIds: [code] }));

function datum(code: string, value: number | null, lowConfidence = false): MapDatum {
  return {
    code,
    name: code,
    regionCode: 'R1',
    value,
    completeness: 1,
    lowConfidence,
    rank: null,
    interval: null,
    vsEngland: value === null ? null : 'similar',
    changeOverYear: null,
    unavailable: null,
    label: code,
  };
}

const fills = (data: MapDatum[], view: 'score' | 'compare' = 'score') =>
  hexAreas(cells, groups, data, view).map((area) => [area.code, area.fill]);

describe('hexAreas', () => {
  it('colours a value by its fixed class, whatever else is on the map', () => {
    // 72.6 was the darkest class of a map of 53..73; now it is always "70 to under 80".
    expect(fills([datum('S1', 72.6), datum('S2', 53.8)])).toEqual([
      ['S1', SCORE_PALETTE[7]],
      ['S2', SCORE_PALETTE[5]],
    ]);
    expect(fills([datum('S1', 72.6), datum('S2', 92.3)])).toEqual([
      ['S1', SCORE_PALETTE[7]],
      ['S2', SCORE_PALETTE[9]],
    ]);
  });

  it.each([
    ['shown as 80', 79.6, SCORE_PALETTE[8]],
    ['shown as 79', 79.4, SCORE_PALETTE[7]],
    ['no value', null, NO_DATA_FILL],
  ])('fills %s', (_name, value, fill) => {
    expect(fills([datum('S3', value)])).toEqual([['S3', fill]]);
  });

  it('uses the comparison fills in the comparison view', () => {
    expect(fills([datum('S1', 50), datum('S2', null)], 'compare')).toEqual([
      ['S1', COMPARISON_FILLS.similar],
      ['S2', NO_DATA_FILL],
    ]);
  });

  it.each([
    ['a light class with dark lines', 15, true, true, HATCH_STROKES.dark],
    ['the darkest class with white lines', 95, true, true, HATCH_STROKES.light],
    ['nothing when confidence is fine', 95, false, false, HATCH_STROKES.light],
    ['nothing when there is no value', null, true, false, HATCH_STROKES.dark],
  ])('hatches %s', (_name, value, lowConfidence, hatched, stroke) => {
    const [area] = hexAreas(cells, groups, [datum('S1', value, lowConfidence)], 'score');
    expect([area?.hatched, area?.hatchStroke]).toEqual([hatched, stroke]);
  });
});
