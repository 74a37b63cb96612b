import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelWidth } from './period-axis-labels';
import {
  alignByPeriod,
  markerLabelX,
  periodLinesLayout,
  plotRows,
  valueY,
} from './period-lines-layout';
import type { PeriodLinesFrame } from './period-lines-layout';

/** The score trend's frame, as recharts drew it. */
const TREND: PeriodLinesFrame = {
  height: 320,
  margin: { top: 24, right: 16, bottom: 8, left: 0 },
  yAxisWidth: 40,
  labelFontSize: 14,
  minTickGap: 16,
};

/** A small frame for sums done by hand: the plot runs 30 to 190 across, 70 up to 10. */
const SMALL: PeriodLinesFrame = {
  height: 100,
  margin: { top: 10, right: 10, bottom: 0, left: 0 },
  yAxisWidth: 30,
  labelFontSize: 10,
  minTickGap: 5,
};

const named = (periods: string[]) => periods.map((period) => ({ period, label: period }));

/** Numbers equal to `want` to three decimals (thirds of a pixel do not come out whole). */
function expectNear(got: readonly (number | null)[], want: readonly number[]) {
  expect(got).toHaveLength(want.length);
  got.forEach((value, index) => expect(value).toBeCloseTo(want[index]!, 3));
}

describe('plotRows and valueY', () => {
  it.each([
    // 320 - 8 - 30 = 282; 60 on 50-100 is a fifth of 258 px up.
    { frame: TREND, ticks: [50, 100], value: 60, y: 230.4 },
    { frame: TREND, ticks: [0, 100], value: 100, y: 24 },
    { frame: TREND, ticks: [0, 100], value: 0, y: 282 },
    { frame: SMALL, ticks: [0, 5, 10], value: 2.5, y: 55 },
    // An axis with no span puts every value in the middle of 10 to 70.
    { frame: SMALL, ticks: [4], value: 4, y: 40 },
    { frame: SMALL, ticks: [], value: 4, y: 40 },
  ])('$value on $ticks is at $y', ({ frame, ticks, value, y }) => {
    expect(valueY(value, ticks, frame)).toBeCloseTo(y, 9);
  });

  it('gives the plot rows of each frame', () => {
    expect(plotRows(TREND)).toEqual({ top: 24, bottom: 282 });
    expect(plotRows(SMALL)).toEqual({ top: 10, bottom: 70 });
  });
});

describe('periodLinesLayout', () => {
  it('draws eleven quarters 758 px wide where recharts drew the profile trend', () => {
    const periods = [2024, 2025, 2026].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`));
    const layout = periodLinesLayout(
      {
        periods: named(periods.slice(0, 11)),
        series: [],
        ticks: [50, 60, 70, 80, 90, 100],
        formatTick: String,
      },
      758,
      TREND,
    );
    expect(layout.plot).toEqual({ left: 40, right: 742, top: 24, bottom: 282 });
    // 702 px over ten steps: 70.2 px apart. recharts showed every other quarter, the last moved
    // left to end at 758 (2026-Q3 is 54.474 px at 14 px, so its centre is 730.763).
    const xs = layout.xTicks.map((tick) => tick.x);
    expect(xs[1]).toBeCloseTo(110.2, 9);
    expect(xs[10]).toBe(742);
    const shown = [40, null, 180.4, null, 320.8, null, 461.2, null, 601.6, null, 730.763];
    layout.xTicks.forEach((tick, index) => {
      const want = shown[index];
      if (want === null || want === undefined) expect(tick.labelX).toBeNull();
      else expect(tick.labelX).toBeCloseTo(want, 3);
    });
    expect(layout.xLabelTop).toBe(290);
    expect(layout.yLabelRight).toBe(32);
    expectNear(
      layout.yTicks.map((tick) => tick.y),
      [282, 230.4, 178.8, 127.2, 75.6, 24],
    );
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['50', '60', '70', '80', '90', '100']);
    expect(layout.marker).toBeNull();
  });

  it('breaks each line at a gap, leaves out null and NaN, and marks a period', () => {
    // Four periods 160 / 3 px apart from 30; 0 to 10 runs from 70 up to 10.
    const layout = periodLinesLayout(
      {
        periods: named(['A', 'B', 'C', 'D']),
        series: [
          [0, null, 10, 5],
          [null, null, null, null],
          [Number.NaN, 2.5, 7.5, null],
        ],
        ticks: [0, 5, 10],
        formatTick: (v) => `${v}%`,
        marker: 'C',
      },
      200,
      SMALL,
    );
    const [first, empty, third] = layout.lines;
    expect(first!.path).toBe('M30,70M136.67,10L190,40');
    expect(first!.points.map((p) => p.period)).toEqual(['A', 'C', 'D']);
    expectNear(
      first!.points.flatMap((p) => [p.x, p.y]),
      [30, 70, 136.667, 10, 190, 40],
    );
    expect(empty).toEqual({ path: '', points: [] });
    expect(third!.path).toBe('M83.33,55L136.67,25');
    expect(third!.points.map((p) => p.period)).toEqual(['B', 'C']);
    expectNear(
      third!.points.flatMap((p) => [p.x, p.y]),
      [83.333, 55, 136.667, 25],
    );
    // Each label is 6 px wide: all four fit with 5 px between.
    expectNear(
      layout.xTicks.map((tick) => tick.labelX),
      [30, 83.333, 136.667, 190],
    );
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['0%', '5%', '10%']);
    expectNear([layout.marker!.x, layout.marker!.labelY], [136.667, 5]);
  });

  it.each([
    {
      name: 'one period sits in the middle of the plot',
      periods: ['A'],
      series: [[5]],
      marker: 'A',
      xs: [110],
      path: 'M110,40',
      markerX: 110,
    },
    {
      name: 'no periods draw the axes and no line',
      periods: [],
      series: [[]],
      marker: 'A',
      xs: [],
      path: '',
      markerX: null,
    },
    {
      name: 'a marker at a period not on the axis is left out',
      periods: ['A', 'B'],
      series: [[5, null]],
      marker: 'Z',
      xs: [30, 190],
      path: 'M30,40',
      markerX: null,
    },
  ])('$name', ({ periods, series, marker, xs, path, markerX }) => {
    const layout = periodLinesLayout(
      { periods: named(periods), series, ticks: [0, 5, 10], formatTick: String, marker },
      200,
      SMALL,
    );
    expect(layout.xTicks.map((tick) => tick.x)).toEqual(xs);
    expect(layout.lines[0]!.path).toBe(path);
    expect(layout.marker?.x ?? null).toBe(markerX);
    expect(layout.yTicks).toHaveLength(3);
  });
});

describe('alignByPeriod', () => {
  it.each([
    {
      name: 'series over different quarters, sorted, with gaps where one has none',
      series: [
        {
          points: [
            { period: '2025-Q2', value: 1 },
            { period: '2025-Q1', value: 2 },
          ],
        },
        { points: [{ period: '2025-Q3', value: 3 }] },
      ],
      periods: ['2025-Q1', '2025-Q2', '2025-Q3'],
      values: [
        [2, 1, null],
        [null, null, 3],
      ],
    },
    {
      name: 'a null value stays a gap',
      series: [{ points: [{ period: 'A', value: null }] }],
      periods: ['A'],
      values: [[null]],
    },
    { name: 'no series', series: [], periods: [], values: [] },
  ])('$name', ({ series, periods, values }) => {
    expect(alignByPeriod(series)).toEqual({ periods, values });
  });
});

describe('periodLinesLayout (properties)', () => {
  interface Chart {
    width: number;
    labels: string[];
    seriesCount: number;
    values: (number | null)[];
  }
  const value = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
  const chart: fc.Arbitrary<Chart> = fc.record({
    width: fc.integer({ min: 0, max: 1400 }),
    labels: fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }),
    seriesCount: fc.integer({ min: 1, max: 4 }),
    values: fc.array(value, { minLength: 120, maxLength: 120 }),
  });
  const layoutOf = ({ width, labels, seriesCount, values }: Chart) => {
    const periods = labels.map((label, index) => ({ period: `p${index}`, label }));
    const series = Array.from({ length: seriesCount }, (_, s) =>
      periods.map((_, index) => values[(s * 30 + index) % values.length]!),
    );
    const frame = TREND;
    return {
      series,
      layout: periodLinesLayout(
        { periods, series, ticks: [0, 25, 50, 75, 100], formatTick: String },
        width,
        frame,
      ),
    };
  };

  it('puts every point inside the plot box', () => {
    fc.assert(
      fc.property(chart, (input) => {
        const { plot, lines } = layoutOf(input).layout;
        for (const point of lines.flatMap((line) => line.points)) {
          expect(point.x).toBeGreaterThanOrEqual(plot.left);
          expect(point.x).toBeLessThanOrEqual(plot.right);
          expect(point.y).toBeGreaterThanOrEqual(plot.top - 1e-9);
          expect(point.y).toBeLessThanOrEqual(plot.bottom + 1e-9);
        }
      }),
      { seed: 42 },
    );
  });

  it('starts a path once a run of values, with one point a value', () => {
    fc.assert(
      fc.property(chart, (input) => {
        const { series, layout } = layoutOf(input);
        series.forEach((values, s) => {
          const runs = values.filter((v, i) => v !== null && (i === 0 || values[i - 1] === null));
          const present = values.filter((v) => v !== null);
          const { path, points } = layout.lines[s]!;
          expect(path.match(/M/g)?.length ?? 0).toBe(runs.length);
          expect(path.match(/[ML]/g)?.length ?? 0).toBe(present.length);
          expect(points).toHaveLength(present.length);
        });
      }),
      { seed: 42 },
    );
  });

  it('shows period labels that do not overlap and stay inside the drawing', () => {
    fc.assert(
      fc.property(chart, (input) => {
        const { layout } = layoutOf(input);
        let end = -Infinity;
        for (const tick of layout.xTicks) {
          if (tick.labelX === null) continue;
          const half = labelWidth(tick.label, TREND.labelFontSize) / 2;
          expect(tick.labelX - half).toBeGreaterThanOrEqual(Math.max(0, end) - 1e-9);
          expect(tick.labelX + half).toBeLessThanOrEqual(input.width + 1e-9);
          end = tick.labelX + half + TREND.minTickGap;
        }
      }),
      { seed: 42 },
    );
  });
});

describe('markerLabelX', () => {
  // "Area changed" at 14 px: 10 letters at 0.6 em, a space at 0.278 em, 96.292 px in all.
  it.each([
    ['centred on its rule where there is room', 200, 400, 200],
    ['moved in from the right edge, ending at it', 380, 400, 351.854],
    ['moved in from the left edge, starting at it', 10, 400, 48.146],
    ['in the middle of a drawing narrower than it', 40, 90, 45],
  ])('%s', (_case, markerX, width, expected) => {
    expect(markerLabelX(markerX, 'Area changed', 14, width)).toBeCloseTo(expected, 3);
  });

  it('keeps any label that fits inside the drawing (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (text, fontSize, rawX, width) => {
          const half = labelWidth(text, fontSize) / 2;
          const x = markerLabelX(Math.min(rawX, width), text, fontSize, width);
          if (width > 2 * half) {
            expect(x - half).toBeGreaterThanOrEqual(-1e-9);
            expect(x + half).toBeLessThanOrEqual(width + 1e-9);
          } else {
            expect(x).toBe(width / 2);
          }
        },
      ),
      { seed: 42 },
    );
  });
});
