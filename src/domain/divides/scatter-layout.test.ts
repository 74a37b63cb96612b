import { describe, expect, it } from 'vitest';
import { extentOf, preserveEndLabels, scatterLayout } from './scatter-layout';

describe('preserveEndLabels', () => {
  it.each([
    {
      name: 'five two-digit labels 69.5 px apart in 346 px, all shown (as recharts drew them)',
      centres: [44, 113.5, 183, 252.5, 322],
      widths: [6.672, 13.344, 13.344, 13.344, 13.344],
      shown: [44, 113.5, 183, 252.5, 322],
    },
    {
      name: 'the last label moved left to end at the edge',
      centres: [10, 95],
      widths: [10, 20],
      shown: [10, 90],
    },
    {
      // The last keeps 20 to 25 clear; the middle would run 15 to 25, the first 5 to 15.
      name: 'a label crowding the one after it left out',
      centres: [10, 20, 30],
      widths: [10, 10, 10],
      shown: [10, null, 30],
    },
    {
      name: 'a first label that would start before the edge left out',
      centres: [2, 50],
      widths: [10, 10],
      shown: [null, 50],
    },
    { name: 'no labels', centres: [], widths: [], shown: [] },
  ])('$name', ({ centres, widths, shown }) => {
    const end = centres.length === 5 ? 346 : 100;
    expect(preserveEndLabels(centres, widths, 0, end)).toEqual(shown);
  });
});

describe('extentOf', () => {
  it.each([
    [[], [0, 0]],
    [[5], [5, 5]],
    [
      [3, 1, 2],
      [1, 3],
    ],
    [
      [-2, 7.5, 0],
      [-2, 7.5],
    ],
  ])('%j spans %j', (values, extent) => {
    expect(extentOf(values)).toEqual(extent);
  });
});

describe('scatterLayout', () => {
  // 346 px wide: the plot runs 44 to 322 px across (278 px for 7 to 35, so 9.93 px a point of
  // IMD) and 266 up to 16 px (250 px for 76 to 92, 15.625 px a point of score).
  const layout = scatterLayout(
    [
      { x: 14, y: 88 },
      { x: 28, y: 80 },
    ],
    [
      { x: 7, y: 92 },
      { x: 35, y: 76 },
    ],
    [7, 14, 21, 28, 35],
    [76, 80, 84, 88, 92],
    346,
  );

  it('lays the plot out where recharts did, with the axis title 16 px below the axis', () => {
    expect(layout.height).toBe(320);
    expect(layout.plot).toEqual({ left: 44, right: 322, top: 16, bottom: 266 });
    expect(layout.title).toEqual({ x: 183, y: 312 });
  });

  it('puts a grid line and a label at every tick', () => {
    expect(layout.xTicks).toEqual([
      { value: 7, x: 44, labelX: 44 },
      { value: 14, x: 113.5, labelX: 113.5 },
      { value: 21, x: 183, labelX: 183 },
      { value: 28, x: 252.5, labelX: 252.5 },
      { value: 35, x: 322, labelX: 322 },
    ]);
    expect(layout.yTicks.map((t) => t.y)).toEqual([266, 203.5, 141, 78.5, 16]);
  });

  it('places the dots and the fitted line on those scales', () => {
    expect(layout.dots).toEqual([
      { x: 113.5, y: 78.5 },
      { x: 252.5, y: 203.5 },
    ]);
    expect(layout.segment).toEqual({ x1: 44, y1: 16, x2: 322, y2: 266 });
  });

  it('draws no line without one', () => {
    expect(scatterLayout([], null, [0, 1], [0, 1], 346).segment).toBeNull();
  });
});
