import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { minimalHexJson } from '../../testing/fixtures/geo/minimal-hexjson';
import { defaultWeights } from '../scoring/weights';
import { BORDER_STYLES, NO_SCORE_STYLE, buildBorderMapModel } from './border-map-model';
import type { BorderScore } from './border-scores';
import { borderScores } from './border-scores';

const feed = minimalFeed;

describe('buildBorderMapModel on the minimal feed', () => {
  it('2026-Q2: draws the two borders where the hexes meet, and not the hexes that only touch', () => {
    // Vale and Shore (S4) takes North Vale's hex, which touches West Hills and East Shore. West
    // Hills and East Shore's hexes also touch, but the feed says they do not border.
    const borders = borderScores(feed, '2026-Q2', defaultWeights(feed));
    const model = buildBorderMapModel(minimalHexJson, feed, '2026-Q2', borders, new Set(['S3']));
    expect(model.areas.map((a) => [a.code, a.name, a.island])).toEqual([
      ['S1', 'West Hills', false],
      ['S3', 'East Shore', true],
      ['S4', 'Vale and Shore', false],
    ]);
    expect(model.edges.map((e) => [e.key, e.score, e.segments.length])).toEqual([
      ['S1|S4', 25, 1],
      ['S3|S4', 25, 1],
    ]);
    expect(model.edges[0]?.label).toBe('West Hills – Vale and Shore: 25% live on both sides');
    expect(model.notDrawn).toEqual([]);
  });

  it('gives the weakest band the thickest, darkest line, and the key says so in numbers and counts', () => {
    const border = (a: string, b: string, score: number | null): BorderScore => ({
      a,
      b,
      score,
      liveOnBoth: [],
      exchangeStandards: [],
      platforms: { a: null, b: null, same: null },
    });
    // 2025-Q4 geography: S1-S2, S2-S3 and S1-S3 touch on the map. Fixed bands: 0 is in "0 to
    // under 10" (the heaviest line), 40 in "25 to under 50" (the third style).
    const model = buildBorderMapModel(
      minimalHexJson,
      feed,
      '2025-Q4',
      [border('S1', 'S2', 0), border('S2', 'S3', 40), border('S1', 'S3', null)],
      new Set(),
    );
    const byKey = Object.fromEntries(model.edges.map((e) => [e.key, e]));
    expect(byKey['S1|S2']).toMatchObject({
      colour: BORDER_STYLES[0].colour,
      width: 10,
      dash: null,
    });
    expect(byKey['S2|S3']).toMatchObject({ colour: BORDER_STYLES[2].colour, width: 3.5 });
    expect(byKey['S1|S3']).toMatchObject({ colour: NO_SCORE_STYLE.colour, dash: '4 3' });
    expect(model.legend.map((l) => [l.label, l.count])).toEqual([
      ['0 to under 10% of the exchange weight live on both sides', 1],
      ['10 to under 25% of the exchange weight live on both sides', 0],
      ['25 to under 50% of the exchange weight live on both sides', 1],
      ['50 to 100% of the exchange weight live on both sides', 0],
      ['No score', 1],
    ]);
    // the weakest edge is drawn last, on top
    expect(model.edges.at(-2)?.key).toBe('S1|S2');
  });

  it('lists borders whose hexes do not meet', () => {
    const far: BorderScore = {
      a: 'S1',
      b: 'S9',
      score: 10,
      liveOnBoth: [],
      exchangeStandards: [],
      platforms: { a: null, b: null, same: null },
    };
    const model = buildBorderMapModel(minimalHexJson, feed, '2025-Q4', [far], new Set());
    expect(model.edges).toEqual([]);
    expect(model.notDrawn).toEqual([far]);
  });

  it.each([
    // [score, band index]: judged on the whole number the tooltip shows
    [0, 0],
    [9.49, 0],
    [9.5, 1],
    [24.6, 2],
    [49.4, 2],
    [49.5, 3],
    [100, 3],
  ])('draws a border scoring %s in band %s, whatever the other borders score', (score, band) => {
    const border = (b: string, value: number): BorderScore => ({
      a: 'S1',
      b,
      score: value,
      liveOnBoth: [],
      exchangeStandards: [],
      platforms: { a: null, b: null, same: null },
    });
    for (const other of [0, 100]) {
      const model = buildBorderMapModel(
        minimalHexJson,
        feed,
        '2025-Q4',
        [border('S2', score), border('S3', other)],
        new Set(),
      );
      const edge = model.edges.find((e) => e.key === 'S1|S2');
      expect(edge?.colour).toBe(BORDER_STYLES[band]?.colour);
    }
  });
});
