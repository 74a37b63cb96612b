import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelWidth } from './period-axis-labels';
import { largestStack, stackedBarsLayout } from './stacked-bars-layout';
import type { StackedBarsFrame, StackedCategory } from './stacked-bars-layout';

/** A standard's status mix: 320 px, margins 8/8/8/0, a 40 px value axis. */
const STATUS_MIX: StackedBarsFrame = {
  height: 320,
  margin: { top: 8, right: 8, bottom: 8, left: 0 },
  yAxisWidth: 40,
};

/** A small frame whose numbers are easy to follow: the plot runs 30 to width - 10, 10 to 60. */
const SMALL: StackedBarsFrame = {
  height: 100,
  margin: { top: 10, right: 10, bottom: 10, left: 0 },
  yAxisWidth: 30,
};

describe('largestStack', () => {
  it.each([
    { name: 'no categories', values: [], largest: 0 },
    { name: 'all zero', values: [[0, 0]], largest: 0 },
    { name: 'the tallest of several', values: [[1, 2], [4, 0, 3], [5]], largest: 7 },
    { name: 'a negative part counted as none', values: [[-3, 2]], largest: 2 },
  ])('$name gives $largest', ({ values, largest }) => {
    expect(largestStack(values.map((v) => ({ label: 'x', values: v })))).toBe(largest);
  });
});

describe('stackedBarsLayout', () => {
  it('places bands across the plot, stacks parts up it and draws no bar for an empty category', () => {
    // 140 px: plot 30 to 130, bands of 50 with 5 clear each side, a 40 px bar; 25 px a value.
    const layout = stackedBarsLayout(
      [
        { label: 'A', values: [1, 0, 3] },
        { label: 'B', values: [0, 0, 0] },
      ],
      [0, 2, 4],
      140,
      SMALL,
    );
    expect(layout.height).toBe(100);
    expect(layout.plot).toEqual({ left: 30, right: 130, top: 10, bottom: 60 });
    expect(layout.yTicks).toEqual([
      { value: 0, y: 60 },
      { value: 2, y: 35 },
      { value: 4, y: 10 },
    ]);
    // Each label is 8.4 px wide (0.6 em at 14 px): both fit.
    expect(layout.xTicks).toEqual([
      { label: 'A', x: 55, labelX: 55 },
      { label: 'B', x: 105, labelX: 105 },
    ]);
    expect(layout.bars).toEqual([
      {
        category: 0,
        x: 35,
        width: 40,
        segments: [
          { stack: 0, value: 1, y: 47.5, height: 12.5 },
          { stack: 2, value: 3, y: 10, height: 37.5 },
        ],
      },
    ]);
    expect(layout.valueTitle).toEqual({ x: 5, y: 35 });
  });

  it('draws the BaRS status mix 926 px wide where recharts drew it', () => {
    // Eleven quarters over 878 px: bands of 79.818, 7.982 clear, 63.85 rounded to a 64 px bar;
    // 6.85 px a system on a 0 to 40 axis. Values: live, partly live, piloting, planned, not started.
    const quarters = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'];
    const categories: StackedCategory[] = Array.from({ length: 11 }, (_, index) => ({
      label: `${quarters[index % 4]} ${2024 + Math.floor(index / 4)}`,
      values: index === 0 ? [0, 0, 3, 16, 21] : index === 2 ? [0, 1, 12, 18, 8] : [0, 0, 0, 0, 1],
    }));
    const layout = stackedBarsLayout(categories, [0, 10, 20, 30, 40], 926, STATUS_MIX);
    expect(layout.plot).toEqual({ left: 40, right: 918, top: 8, bottom: 282 });
    expect(layout.valueTitle).toEqual({ x: 5, y: 145 });
    expect(layout.yTicks.map((tick) => tick.y)).toEqual([282, 213.5, 145, 76.5, 8]);
    const [first, , third] = layout.bars;
    expect(first!.x).toBeCloseTo(47.9818, 4);
    expect(first!.width).toBe(64);
    const rounded = (bar: typeof first) =>
      bar!.segments.map((s) => [s.stack, round(s.y), round(s.height)]);
    expect(rounded(first)).toEqual([
      [2, 261.45, 20.55],
      [3, 151.85, 109.6],
      [4, 8, 143.85],
    ]);
    expect(third!.x).toBeCloseTo(207.6182, 4);
    expect(rounded(third)).toEqual([
      [1, 275.15, 6.85],
      [2, 192.95, 82.2],
      [3, 69.65, 123.3],
      [4, 14.85, 54.8],
    ]);
    // Labels are 93.8 px ("Jan–Mar 2024" at 0.6 em a letter): every other one, as recharts showed.
    const shown = layout.xTicks.map((tick) => (tick.labelX === null ? null : round(tick.labelX)));
    expect(shown).toEqual([
      79.91,
      null,
      239.55,
      null,
      399.18,
      null,
      558.82,
      null,
      718.45,
      null,
      878.09,
    ]);
  });

  it.each([
    { name: 'a share of the band over one px, rounded', width: 140, count: 3, bar: 27 },
    { name: 'a share of one px or less, kept', width: 41, count: 1, bar: 0.8 },
    { name: 'a rounded bar held inside its band', width: 41.9, count: 1, bar: 1.71 },
  ])('$name', ({ width, count, bar }) => {
    // Plot from 30 to width - 10: 100 / 3 px bands (26.67 of bar), 1 px, 1.9 px.
    const categories = Array.from({ length: count }, () => ({ label: '', values: [1] }));
    const layout = stackedBarsLayout(categories, [0, 1], width, SMALL);
    for (const drawn of layout.bars) expect(drawn.width).toBeCloseTo(bar, 6);
  });

  it('reaches a stack taller than the last tick, as recharts would reach the data', () => {
    const layout = stackedBarsLayout([{ label: 'A', values: [8] }], [0, 2, 4], 140, SMALL);
    expect(layout.bars[0]!.segments).toEqual([{ stack: 0, value: 8, y: 10, height: 50 }]);
    expect(layout.yTicks.map((tick) => tick.y)).toEqual([60, 47.5, 35]);
  });

  it('lays out nothing to draw without categories, and a flat axis on the foot', () => {
    const layout = stackedBarsLayout([], [0], 140, SMALL);
    expect(layout.bars).toEqual([]);
    expect(layout.xTicks).toEqual([]);
    expect(layout.yTicks).toEqual([{ value: 0, y: 60 }]);
  });

  it('keeps the plot from turning inside out when the drawing is smaller than its margins', () => {
    const low = { ...SMALL, height: 40 };
    const layout = stackedBarsLayout([{ label: 'A', values: [1] }], [0, 1], 20, low);
    expect(layout.plot).toEqual({ left: 30, right: 30, top: 10, bottom: 10 });
    expect(layout.bars[0]).toEqual({
      category: 0,
      x: 30,
      width: 0,
      segments: [{ stack: 0, value: 1, y: 10, height: 0 }],
    });
  });
});

const categoriesArb = fc.array(
  fc.record({
    label: fc.constantFrom('Jan–Mar 2026', 'Q1', '', 'A much longer label'),
    values: fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 5 }),
  }),
  { minLength: 1, maxLength: 16 },
);
const frameArb = fc.record({
  height: fc.integer({ min: 60, max: 400 }),
  margin: fc.record({
    top: fc.nat({ max: 20 }),
    right: fc.nat({ max: 20 }),
    bottom: fc.nat({ max: 20 }),
    left: fc.nat({ max: 20 }),
  }),
  yAxisWidth: fc.nat({ max: 60 }),
});
/** Ticks from zero in equal steps, the last at or past the tallest stack, as nice ticks are. */
const ticksFor = (categories: readonly StackedCategory[], step: number) => {
  const ticks = [0];
  while (ticks.at(-1)! < largestStack(categories)) ticks.push(ticks.at(-1)! + step);
  return ticks;
};
const EPS = 1e-9;

describe('stackedBarsLayout properties', () => {
  it('stacks each bar in contiguous parts that sum to its total, inside the plot', () => {
    fc.assert(
      fc.property(
        categoriesArb,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 1600 }),
        frameArb,
        (categories, step, width, frame) => {
          const ticks = ticksFor(categories, step);
          const { plot, bars } = stackedBarsLayout(categories, ticks, width, frame);
          const perValue = (plot.bottom - plot.top) / Math.max(ticks.at(-1)!, 1);
          for (const bar of bars) {
            const total = largestStack([categories[bar.category]!]);
            expect(total).toBeGreaterThan(0);
            let foot = plot.bottom;
            let sum = 0;
            for (const segment of bar.segments) {
              // A part with a value has a height, unless the frame leaves the plot none.
              if (plot.bottom > plot.top) expect(segment.height).toBeGreaterThan(0);
              else expect(segment.height).toBe(0);
              // Each part sits on the one below it: no gap, no overlap.
              expect(Math.abs(segment.y + segment.height - foot)).toBeLessThan(1e-6);
              expect(segment.y).toBeGreaterThanOrEqual(plot.top - EPS);
              foot = segment.y;
              sum += segment.height;
            }
            expect(Math.abs(sum - total * perValue)).toBeLessThan(1e-6);
            expect(bar.x).toBeGreaterThanOrEqual(plot.left - EPS);
            expect(bar.x + bar.width).toBeLessThanOrEqual(plot.right + EPS);
          }
        },
      ),
      { seed: 42 },
    );
  });

  it('keeps bars apart, one for each category with a total, in order', () => {
    fc.assert(
      fc.property(
        categoriesArb,
        fc.integer({ min: 0, max: 1600 }),
        frameArb,
        (categories, width, frame) => {
          const { bars } = stackedBarsLayout(categories, ticksFor(categories, 5), width, frame);
          const withTotal = categories.flatMap((c, i) => (largestStack([c]) > 0 ? [i] : []));
          expect(bars.map((bar) => bar.category)).toEqual(withTotal);
          for (let i = 1; i < bars.length; i += 1) {
            expect(bars[i - 1]!.x + bars[i - 1]!.width).toBeLessThanOrEqual(bars[i]!.x + EPS);
          }
        },
      ),
      { seed: 42 },
    );
  });

  it('shows labels that do not overlap and stay inside the drawing', () => {
    fc.assert(
      fc.property(
        categoriesArb,
        fc.integer({ min: 0, max: 1600 }),
        frameArb,
        (categories, width, frame) => {
          const { xTicks } = stackedBarsLayout(categories, [0, 1], width, frame);
          let end = -Infinity;
          for (const tick of xTicks) {
            if (tick.labelX === null) continue;
            const half = labelWidth(tick.label, 14) / 2;
            expect(tick.labelX - half).toBeGreaterThanOrEqual(Math.max(end, 0) - EPS);
            expect(tick.labelX + half).toBeLessThanOrEqual(width + EPS);
            end = tick.labelX + half;
          }
        },
      ),
      { seed: 42 },
    );
  });
});

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
