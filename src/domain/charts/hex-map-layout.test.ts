/**
 * The hex map's layout-only parts (each system's hexes, centre and outline; the region outlines)
 * are worked out once per layout, so a data change (a partial mesh view, a quarter) only recolours.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalHexJson } from '../../testing/fixtures/geo/minimal-hexjson';
import type { Region } from '../feed/feed-schema';
import { parseFeed } from '../feed/parse-feed';
import { hexCells } from '../geography/hex-geometry';
import type { HexGroup } from '../geography/hex-geometry';
import { groupOutline as realOutline } from '../geography/hex-outline';
import { parseHexJson } from '../geography/hexjson';
import * as vintageLayout from '../geography/vintage-layout';
import { mulberry32 } from '../random/mulberry32';
import { buildHexMapModel, hexAreas, regionOutlines } from './hex-map-model';
import type { MapView } from './hex-map-model';
import type { MapDatum } from './map-model';

vi.mock('../geography/vintage-layout', async (importOriginal) => {
  const actual = await importOriginal<typeof vintageLayout>();
  return { ...actual, groupOutline: vi.fn(actual.groupOutline) };
});
const groupOutline = vi.mocked(vintageLayout.groupOutline);

function datum(code: string, value: number | null, regionCode = 'R1'): MapDatum {
  return {
    code,
    name: code,
    regionCode,
    value,
    completeness: 1,
    lowConfidence: false,
    rank: null,
    interval: null,
    vsEngland: value === null ? null : 'similar',
    changeOverYear: null,
    unavailable: null,
    label: code,
  };
}

const region = (code: string): Region => ({ code, name: code });

beforeEach(() => {
  groupOutline.mockClear();
});

describe('hexAreas on the minimal layout (size 24)', () => {
  // Hand-worked: odd-r, so row 1 shoves half a hex; x unit 24 * sqrt(3) / 2 = 20.78, y unit 12.
  // S1 (q0 r1) at (20.78, 24), S2 (q1 r1) at (62.35, 24), S3 (q1 r0) at (41.57, 60).
  it.each([
    { groups: [['A', ['S1']]], code: 'A', hexIds: ['S1'], cx: 20.78, cy: 24 },
    { groups: [['A', ['S2']]], code: 'A', hexIds: ['S2'], cx: 62.35, cy: 24 },
    { groups: [['A', ['S3']]], code: 'A', hexIds: ['S3'], cx: 41.57, cy: 60 },
    { groups: [['A', ['S1', 'S2']]], code: 'A', hexIds: ['S1', 'S2'], cx: 41.565, cy: 24 },
    {
      groups: [['A', ['S3', 'S1', 'NOT-A-HEX']]],
      code: 'A',
      hexIds: ['S3', 'S1'],
      cx: 31.175,
      cy: 42,
    },
  ] as const)('places $hexIds at ($cx, $cy)', ({ groups, code, hexIds, cx, cy }) => {
    const { cells } = hexCells(minimalHexJson, 24);
    const layoutGroups = groups.map(([groupCode, ids]) => ({ code: groupCode, hexIds: [...ids] }));
    for (const value of [10, 90, null]) {
      const [area] = hexAreas(cells, layoutGroups, [datum(code, value)], 'score');
      expect(area?.hexIds).toEqual(hexIds);
      expect(area?.cx).toBeCloseTo(cx, 6);
      expect(area?.cy).toBeCloseTo(cy, 6);
    }
  });

  it('works out each outline once however often the data changes', () => {
    const { cells } = hexCells(minimalHexJson, 24);
    const groups = [
      { code: 'A', hexIds: ['S1', 'S2'] },
      { code: 'B', hexIds: ['S3'] },
    ];
    const first = hexAreas(cells, groups, [datum('A', 10), datum('B', 20)], 'score');
    expect(groupOutline).toHaveBeenCalledTimes(2);
    const later = hexAreas(cells, groups, [datum('B', 95), datum('A', null)], 'compare');
    const again = hexAreas(cells, groups, [datum('A', 50)], 'score');
    expect(groupOutline).toHaveBeenCalledTimes(2);
    // Same shapes, new colours.
    expect(later.map((area) => [area.code, area.outline])).toEqual([
      ['B', first[1]?.outline],
      ['A', first[0]?.outline],
    ]);
    expect(later.map((area) => area.fill)).not.toEqual(first.map((area) => area.fill).reverse());
    expect(again).toHaveLength(1);
    // A new grouping of the same cells is a new layout.
    hexAreas(cells, [{ code: 'A', hexIds: ['S1'] }], [datum('A', 10)], 'score');
    expect(groupOutline).toHaveBeenCalledTimes(3);
  });

  it('shares the outlines between groupings alike (each quarter has its own layout object)', () => {
    const { cells } = hexCells(minimalHexJson, 24);
    const grouping = () => [
      { code: 'A', hexIds: ['S1', 'S2'] },
      { code: 'B', hexIds: ['S3'] },
    ];
    const data = [datum('A', 10, 'R1'), datum('B', 20, 'R2')];
    const regions = [region('R1'), region('R2')];
    hexAreas(cells, grouping(), data, 'score');
    regionOutlines(cells, grouping(), data, regions);
    expect(groupOutline).toHaveBeenCalledTimes(4);
    hexAreas(cells, grouping(), data, 'score');
    regionOutlines(cells, grouping(), data, regions);
    expect(groupOutline).toHaveBeenCalledTimes(4);
    // The same codes on other hexes are another grouping.
    const moved = [
      { code: 'A', hexIds: ['S1'] },
      { code: 'B', hexIds: ['S2', 'S3'] },
    ];
    const areas = hexAreas(cells, moved, data, 'score');
    expect(areas.map((area) => area.hexIds)).toEqual([['S1'], ['S2', 'S3']]);
    expect(areas[1]?.outline).toBe(realOutline(cells, ['S2', 'S3']));
  });
});

describe('regionOutlines on the minimal layout', () => {
  const { cells } = hexCells(minimalHexJson, 24);
  const groups = ['S1', 'S2', 'S3'].map((code) => ({ code, hexIds: [code] }));
  const outline = (ids: string[]) => realOutline(cells, ids);

  it.each([
    {
      name: 'two regions',
      regions: ['R1', 'R2'],
      of: { S1: 'R1', S2: 'R1', S3: 'R2' },
      want: [['S1', 'S2'], ['S3']],
    },
    {
      name: 'one region',
      regions: ['R1', 'R2'],
      of: { S1: 'R1', S2: 'R1', S3: 'R1' },
      want: [['S1', 'S2', 'S3']],
    },
    {
      name: 'regions in another order',
      regions: ['R2', 'R1'],
      of: { S1: 'R1', S2: 'R1', S3: 'R2' },
      want: [['S3'], ['S1', 'S2']],
    },
    {
      name: 'a system in no listed region',
      regions: ['R1'],
      of: { S1: 'R1', S2: 'R9', S3: 'R1' },
      want: [['S1', 'S3']],
    },
  ])('$name, whatever was drawn before', ({ regions, of, want }) => {
    const data = Object.entries(of).map(([code, regionCode]) => datum(code, 50, regionCode));
    const expected = want.map(outline);
    // Twice, and after the other memberships have been drawn on the same layout.
    expect(regionOutlines(cells, groups, data, regions.map(region))).toEqual(expected);
    expect(regionOutlines(cells, groups, data, regions.map(region))).toEqual(expected);
  });

  it('works out a membership once', () => {
    const data = [datum('S1', 1, 'R1'), datum('S2', 2, 'R2'), datum('S3', 3, 'R2')];
    const fresh = cells.map((cell) => ({ ...cell }));
    regionOutlines(fresh, groups, data, [region('R1'), region('R2')]);
    expect(groupOutline).toHaveBeenCalledTimes(2);
    const values = data.map((d) => ({ ...d, value: (d.value ?? 0) + 40 }));
    regionOutlines(fresh, groups, values, [region('R1'), region('R2')]);
    expect(groupOutline).toHaveBeenCalledTimes(2);
    regionOutlines(fresh, groups, data, [region('R2'), region('R1')]);
    expect(groupOutline).toHaveBeenCalledTimes(4);
  });
});

describe('buildHexMapModel on the committed layout and the sample feed', () => {
  const parsedLayout = parseHexJson(JSON.parse(readFileSync('public/geo/icb23.hexjson', 'utf8')));
  const parsedFeed = parseFeed(JSON.parse(readFileSync('public/data/feed.json', 'utf8')));
  if (!parsedLayout.ok || !parsedFeed.ok) throw new Error('The committed layout or feed');
  const layout = parsedLayout.layout;
  const feed = parsedFeed.feed;
  const periods = feed.periods.slice(-6);

  /** Random data for the period's systems: values, gaps, regions, order and a subset. */
  function randomData(seed: number, period: string, systems: readonly HexGroup[]): MapDatum[] {
    const random = mulberry32(seed);
    const regionCodes = feed.geography.regions.map((r) => r.code);
    const systemRegion = new Map(feed.geography.systems.map((s) => [s.code, s.regionCode]));
    return systems
      .filter(() => random() < 0.9)
      .map((group) => {
        const value = random() < 0.15 ? null : Math.round(random() * 1000) / 10;
        const regionCode =
          random() < 0.2
            ? (regionCodes[Math.floor(random() * regionCodes.length)] ?? '')
            : (systemRegion.get(group.code) ?? '');
        return {
          ...datum(group.code, value, regionCode),
          lowConfidence: random() < 0.2,
          vsEngland:
            value === null
              ? null
              : ((['higher', 'similar', 'lower'] as const)[Math.floor(random() * 3)] ?? null),
          unavailable: random() < 0.1 ? `No data: ${period}` : null,
        } satisfies MapDatum;
      })
      .sort(() => random() - 0.5);
  }

  it.each([1, 7, 42, 2026, 31337])(
    'equals a model worked out afresh, on a sequence of data changes (seed %i)',
    (seed) => {
      const random = mulberry32(seed);
      for (let step = 0; step < 8; step += 1) {
        const period = periods[Math.floor(random() * periods.length)] ?? '';
        const view: MapView = random() < 0.5 ? 'score' : 'compare';
        const { groups } = vintageLayout.layoutForPeriod(layout, feed, period);
        const data = randomData(seed * 100 + step, period, groups);
        const kept = buildHexMapModel(layout, feed, period, data, view);
        // Copies of the layout and feed are new objects, so nothing kept applies to them.
        const fresh = buildHexMapModel(
          structuredClone(layout),
          structuredClone(feed),
          period,
          data,
          view,
        );
        expect(kept).toEqual(fresh);
        expect(kept.areas.length).toBeGreaterThan(20);
      }
    },
  );

  it('draws no outline again when only the values change', () => {
    const period = periods.at(-1) ?? '';
    const { groups } = vintageLayout.layoutForPeriod(layout, feed, period);
    const copy = structuredClone(layout);
    buildHexMapModel(copy, feed, period, randomData(1, period, groups), 'score');
    const drawn = groupOutline.mock.calls.length;
    expect(drawn).toBeGreaterThan(20);
    const values = randomData(1, period, groups).map((d) => ({
      ...d,
      value: 100 - (d.value ?? 0),
    }));
    buildHexMapModel(copy, feed, period, values, 'compare');
    expect(groupOutline.mock.calls.length).toBe(drawn);
  });
});
