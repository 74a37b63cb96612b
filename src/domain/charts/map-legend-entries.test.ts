import { describe, expect, it } from 'vitest';
import { COMPARISON_FILLS, NO_DATA_FILL, SCORE_PALETTE } from './chart-theme';
import { LOW_CONFIDENCE_LABEL, legendEntries } from './map-legend-entries';
import type { MapDatum } from './map-model';

function datum(
  code: string,
  value: number | null,
  extra: Partial<Pick<MapDatum, 'lowConfidence' | 'vsEngland' | 'unavailable'>> = {},
): MapDatum {
  return {
    code,
    name: code,
    regionCode: 'R1',
    value,
    completeness: 1,
    lowConfidence: false,
    rank: null,
    interval: null,
    vsEngland: null,
    changeOverYear: null,
    unavailable: null,
    label: code,
    ...extra,
  };
}

// 54.6 shows "55" (50 to under 60); 79.6 shows "80" (80 to under 90); 100 is in "90 to 100".
const data = [
  datum('A', 54.6, { vsEngland: 'lower' }),
  datum('B', 79.6, { vsEngland: 'similar', lowConfidence: true }),
  datum('C', 81, { vsEngland: 'similar' }),
  datum('D', 100, { vsEngland: 'higher' }),
  datum('E', null, { lowConfidence: true }),
];

const text = (entries: ReturnType<typeof legendEntries>) =>
  entries.map((entry) => `${entry.label} (${entry.count})`);

describe('legendEntries', () => {
  it('keys the score view with all ten classes, empty ones too, and counts each', () => {
    expect(text(legendEntries('score', data))).toEqual([
      '0 to under 10 (0)',
      '10 to under 20 (0)',
      '20 to under 30 (0)',
      '30 to under 40 (0)',
      '40 to under 50 (0)',
      '50 to under 60 (1)',
      '60 to under 70 (0)',
      '70 to under 80 (0)',
      '80 to under 90 (2)',
      '90 to 100 (1)',
      // E has no value, so it is No data and not hatched
      'Low confidence (under 80% reported) (1)',
      'No data (1)',
    ]);
    expect(legendEntries('score', data).map((entry) => entry.swatch)).toEqual([
      ...SCORE_PALETTE,
      'hatch',
      NO_DATA_FILL,
    ]);
  });

  it('keys the comparison view with its shapes and counts', () => {
    const entries = legendEntries('compare', data, 'England');
    expect(text(entries)).toEqual([
      'Higher than England (1)',
      'Similar to England (2)',
      'Lower than England (1)',
      'Low confidence (under 80% reported) (1)',
      'No data (1)',
    ]);
    expect(entries.slice(0, 3).map((entry) => [entry.swatch, entry.shape])).toEqual([
      [COMPARISON_FILLS.higher, '▲'],
      [COMPARISON_FILLS.similar, '●'],
      [COMPARISON_FILLS.lower, '▼'],
    ]);
  });

  it.each(['score', 'compare'] as const)('keeps the same %s key with no systems at all', (view) => {
    const empty = legendEntries(view, []);
    expect(empty.every((entry) => entry.count === 0)).toBe(true);
    expect(empty.map((entry) => entry.label)).toEqual(
      legendEntries(view, data).map((entry) => entry.label),
    );
  });

  it('counts classes and No data to the number of systems', () => {
    const entries = legendEntries('score', data).filter((entry) => entry.swatch !== 'hatch');
    expect(entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(data.length);
  });

  it.each(['score', 'compare'] as const)(
    'keys systems whose data product is unavailable apart from plain No data (%s)',
    (view) => {
      const mesh = [
        ...data,
        datum('F', null, { unavailable: 'No data: f is unavailable (HTTP 404)' }),
      ];
      const entries = legendEntries(view, mesh);
      expect(text(entries).slice(-2)).toEqual([
        'No data (1)',
        'No data: data product unavailable (1)',
      ]);
      // A mark as well as the pale fill, so colour is not the only cue.
      expect(entries.at(-1)).toMatchObject({ swatch: NO_DATA_FILL, shape: '✕' });
      const drawn = entries.filter((entry) => entry.swatch !== 'hatch');
      expect(drawn.reduce((sum, entry) => sum + entry.count, 0)).toBe(mesh.length);
    },
  );

  it.each(['score', 'compare'] as const)(
    'keys systems whose data product has not arrived yet as Loading, not No data (%s)',
    (view) => {
      const mesh = [
        ...data,
        datum('F', null, { unavailable: 'No data: f is unavailable (HTTP 404)' }),
        datum('G', null, { unavailable: 'Loading: g has not arrived yet' }),
        datum('H', null, { unavailable: 'Loading: h has not arrived yet' }),
      ];
      const entries = legendEntries(view, mesh);
      expect(text(entries).slice(-3)).toEqual([
        'No data (1)',
        'No data: data product unavailable (1)',
        'Loading: data product not arrived yet (2)',
      ]);
      expect(entries.at(-1)).toMatchObject({ swatch: NO_DATA_FILL, shape: '…' });
      const drawn = entries.filter((entry) => entry.swatch !== 'hatch');
      expect(drawn.reduce((sum, entry) => sum + entry.count, 0)).toBe(mesh.length);
    },
  );

  it('says the low-confidence threshold from the scoring constant', () => {
    expect(LOW_CONFIDENCE_LABEL).toBe('Low confidence (under 80% reported)');
  });
});
