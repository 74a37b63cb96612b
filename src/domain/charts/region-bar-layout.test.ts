import { describe, expect, it } from 'vitest';
import { regionBarHeight, regionBarLayout, wrapName } from './region-bar-layout';

// 426 px wide: the plot runs from 178 to 378 px, so a score v sits at 178 + 2v.
const WIDTH = 426;

describe('regionBarLayout', () => {
  const layout = regionBarLayout(
    [
      { code: 'A', name: 'North East and Yorkshire', value: 80 },
      { code: 'B', name: 'London', value: null },
    ],
    75,
    'England',
    WIDTH,
  );

  it('gives one 40 px band per region between 24 px above and 24 px below', () => {
    expect(layout.height).toBe(128);
    expect(layout.plot).toEqual({ left: 178, right: 378, top: 24, bottom: 104 });
    expect(regionBarHeight(7)).toBe(328);
  });

  it('draws each bar from the axis to its score, with the score after it', () => {
    expect(layout.bars).toEqual([
      {
        key: 'A',
        nameLines: ['North East and', 'Yorkshire'],
        middle: 44,
        barY: 30,
        barHeight: 28,
        barWidth: 160,
        label: '80',
        labelX: 343,
      },
      // No bar: the words say so, so a gap is not the only cue.
      {
        key: 'B',
        nameLines: ['London'],
        middle: 84,
        barY: 70,
        barHeight: 28,
        barWidth: 0,
        label: 'no data',
        labelX: 183,
      },
    ]);
  });

  it('puts the national line at its score, labelled with the place', () => {
    expect(layout.reference).toEqual({ x: 328, label: 'England 75', labelX: 328 });
  });

  it.each([
    // plot width, ticks
    [WIDTH, [0, 25, 50, 75, 100]],
    // a phone: 84 px of plot, room for three numbers
    [310, [0, 50, 100]],
    // 24 px of plot: the ends only
    [250, [0, 100]],
  ])('at %i px wide ticks %j', (width, ticks) => {
    expect(regionBarLayout([], null, 'England', width).ticks.map((tick) => tick.value)).toEqual(
      ticks,
    );
  });

  it('places ticks along the plot', () => {
    expect(layout.ticks.map((tick) => tick.x)).toEqual([178, 228, 278, 328, 378]);
  });

  it.each([
    // score, bar width: kept within 0 to 100
    [120, 200],
    [-5, 0],
    [0, 0],
    [100, 200],
  ])('a score of %i draws a bar %i px long', (value, barWidth) => {
    const [bar] = regionBarLayout([{ code: 'A', name: 'A', value }], null, 'England', WIDTH).bars;
    expect(bar?.barWidth).toBe(barWidth);
  });

  it('keeps the national label inside the drawing near its right edge', () => {
    const { reference } = regionBarLayout([], 100, 'England', WIDTH);
    // "England 100" is 11 characters, counted at 9 px: 49.5 px each side of its middle.
    expect(reference).toEqual({ x: 378, label: 'England 100', labelX: 376.5 });
  });

  it('has no national line without a national figure', () => {
    expect(regionBarLayout([], null, 'England', WIDTH).reference).toBeNull();
  });
});

describe('wrapName', () => {
  it.each([
    ['London', 18, ['London']],
    ['East of England', 18, ['East of England']],
    ['North East and Yorkshire', 18, ['North East and', 'Yorkshire']],
    ['  Spaced   name ', 18, ['Spaced name']],
    // more than two lines: the second ends in an ellipsis
    ['A very long region name that goes on', 10, ['A very', 'long…']],
    // one word longer than a line is cut
    ['Supercalifragilistic', 10, ['Supercali…']],
    ['', 18, ['']],
  ])('%j in lines of %i', (name, perLine, lines) => {
    expect(wrapName(name, perLine)).toEqual(lines);
  });
});
