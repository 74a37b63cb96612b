import { describe, expect, it } from 'vitest';
import {
  REGIONAL_FRAME,
  SMALL_MULTIPLE_FRAME,
  formatAxisValue,
  labelWidth,
  preserveStartEndLabels,
  quarterLineLayout,
} from './quarter-line-layout';

// "2026-Q3" in Arial at 12 px: five digits (0.556 em), a hyphen (0.333) and a Q (0.778), 3.891 em.
const QUARTER = 46.692;

describe('labelWidth', () => {
  it.each([
    ['2026-Q3', 12, QUARTER],
    ['0', 12, 6.672],
    ['Q', 10, 7.78],
    ['a b', 10, 14.78],
    ['0.5', 10, 13.9],
    ['', 12, 0],
  ])('%j at %i px is %f px', (text, size, width) => {
    expect(labelWidth(text, size)).toBeCloseTo(width, 6);
  });
});

describe('preserveStartEndLabels', () => {
  // The small multiples 346 px wide: 11 quarters from 44 to 334 px, 29 px apart. recharts showed
  // 2024-Q1, Q3, 2025-Q1, Q3 and 2026-Q3, the last moved left to end at the drawing's edge.
  const centres = [44, 73, 102, 131, 160, 189, 218, 247, 276, 305, 334];
  it.each([
    {
      name: 'eleven quarters in 346 px, as recharts drew them',
      centres,
      widths: centres.map(() => QUARTER),
      start: 0,
      end: 346,
      shown: [44, null, 102, null, 160, null, 218, null, null, null, 322.654],
    },
    {
      name: 'the first label moved right to start at the edge',
      centres: [10, 100],
      widths: [40, 40],
      start: 0,
      end: 200,
      shown: [20, 100],
    },
    {
      name: 'a label wider than the drawing left out',
      centres: [50],
      widths: [120],
      start: 0,
      end: 100,
      shown: [null],
    },
    {
      name: 'a label that would reach the last one left out',
      centres: [10, 70, 90],
      widths: [20, 20, 20],
      start: 0,
      end: 100,
      // The last (80 to 100) keeps 75 to 80 clear; the middle would run 60 to 80.
      shown: [10, null, 90],
    },
    {
      name: 'a label clear of both neighbours kept',
      centres: [10, 60, 90],
      widths: [20, 20, 20],
      start: 0,
      end: 100,
      // The middle runs 50 to 70: after the first's 20 and 5 px gap, before 75.
      shown: [10, 60, 90],
    },
    {
      name: 'no labels',
      centres: [],
      widths: [],
      start: 0,
      end: 100,
      shown: [],
    },
  ])('$name', ({ centres: at, widths, start, end, shown }) => {
    const got = preserveStartEndLabels(at, widths, start, end);
    expect(got).toHaveLength(shown.length);
    got.forEach((centre, index) => {
      const want = shown[index];
      if (want === null || want === undefined) expect(centre).toBeNull();
      else expect(centre).toBeCloseTo(want, 3);
    });
  });
});

describe('formatAxisValue', () => {
  it.each([
    [0, '0'],
    [8, '8'],
    [24, '24'],
    [0.045, '0.045'],
    [0.06000000000000001, '0.06'],
    [123, '120'],
  ])('%f is written %s', (value, text) => {
    expect(formatAxisValue(value)).toBe(text);
  });
});

describe('quarterLineLayout', () => {
  it('places quarters along the plot, values up it, and breaks the line at a missing value', () => {
    // 100 px wide small multiple: the plot runs from 44 to 88 px across, 126 up to 8 px.
    const layout = quarterLineLayout(
      [
        { period: 'A', value: 2 },
        { period: 'B', value: null },
        { period: 'C', value: 4 },
      ],
      [0, 2, 4],
      100,
      SMALL_MULTIPLE_FRAME,
      String,
    );
    expect(layout.height).toBe(160);
    expect(layout.plot).toEqual({ left: 44, right: 88, top: 8, bottom: 126 });
    expect(layout.yTicks).toEqual([
      { value: 0, y: 126, label: '0' },
      { value: 2, y: 67, label: '2' },
      { value: 4, y: 8, label: '4' },
    ]);
    // Each label is 7.2 px wide (0.6 em): all three fit.
    expect(layout.xTicks).toEqual([
      { period: 'A', x: 44, labelX: 44 },
      { period: 'B', x: 66, labelX: 66 },
      { period: 'C', x: 88, labelX: 88 },
    ]);
    expect(layout.path).toBe('M44,67M88,8');
    expect(layout.dots).toEqual([
      { period: 'A', x: 44, y: 67 },
      { period: 'C', x: 88, y: 8 },
    ]);
    expect(layout.references).toEqual([]);
  });

  it('draws the regional share 346 px wide where recharts drew it, with the half line', () => {
    const layout = quarterLineLayout(
      [
        { period: '2026-Q2', value: 25 },
        { period: '2026-Q3', value: 100 },
      ],
      [0, 25, 50, 75, 100],
      346,
      REGIONAL_FRAME,
      (v) => `${v}%`,
      [50],
    );
    expect(layout.plot).toEqual({ left: 48, right: 322, top: 16, bottom: 202 });
    expect(layout.yTicks.map((t) => [t.y, t.label])).toEqual([
      [202, '0%'],
      [155.5, '25%'],
      [109, '50%'],
      [62.5, '75%'],
      [16, '100%'],
    ]);
    expect(layout.references).toEqual([{ value: 50, y: 109 }]);
    expect(layout.path).toBe('M48,155.5L322,16');
  });

  it('puts a single quarter in the middle, and a flat axis across the middle', () => {
    const layout = quarterLineLayout(
      [{ period: 'A', value: 0 }],
      [0, 0],
      100,
      SMALL_MULTIPLE_FRAME,
      String,
    );
    expect(layout.dots).toEqual([{ period: 'A', x: 66, y: 67 }]);
  });

  it('draws no line when no quarter has a value', () => {
    const layout = quarterLineLayout(
      [{ period: 'A', value: null }],
      [0, 1],
      100,
      SMALL_MULTIPLE_FRAME,
      String,
    );
    expect(layout.path).toBe('');
    expect(layout.dots).toEqual([]);
  });
});
