import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feed, System } from '../feed/feed-schema';
import { parseFeed } from '../feed/parse-feed';
import type { HexJson } from './hexjson';
import { parseHexJson } from './hexjson';
import { layoutForPeriod, rememberLayoutForPeriod } from './vintage-layout';

function committedLayout(): HexJson {
  const parsed = parseHexJson(JSON.parse(readFileSync('public/geo/icb23.hexjson', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.layout;
}

function sampleFeed(): Feed {
  const result = parseFeed(JSON.parse(readFileSync('public/data/feed.json', 'utf8')));
  if (!result.ok) throw new Error(result.fatal.reason);
  return result.feed;
}

describe('layoutForPeriod on the committed layout and the sample feed', () => {
  const base = committedLayout();
  const feed = sampleFeed();
  const codeOf = (shortName: string) =>
    feed.geography.systems.find((s) => s.shortName === shortName && s.validTo === null)?.code;

  it('draws the 42 ICBs of 2025 one hex each', () => {
    const { layout, groups, unplaced } = layoutForPeriod(base, feed, '2025-Q4');
    expect(groups).toHaveLength(42);
    expect(groups.every((g) => g.hexIds.length === 1 && g.hexIds[0] === g.code)).toBe(true);
    expect(unplaced).toEqual([]);
    expect(layout).toBe(base);
  });

  it('draws the 36 ICBs of 2026-Q3 with all 42 base hexes, each used once', () => {
    const { groups, unplaced } = layoutForPeriod(base, feed, '2026-Q3');
    expect(groups).toHaveLength(36);
    expect(unplaced).toEqual([]);
    const used = groups.flatMap((g) => g.hexIds);
    expect(used).toHaveLength(42);
    expect(new Set(used)).toEqual(new Set(Object.keys(base.hexes)));
  });

  it('gives a split area to the successor that took most of its people', () => {
    const { groups } = layoutForPeriod(base, feed, '2026-Q3');
    const hexesOf = (shortName: string) => groups.find((g) => g.code === codeOf(shortName))?.hexIds;
    // Frimley: 57% to Thames Valley, 23% to Hampshire and Isle of Wight, 20% to Surrey and Sussex.
    expect(hexesOf('Thames Valley')).toEqual(['E54000044', 'E54000034']);
    // Suffolk and North East Essex: 65% to Norfolk and Suffolk; Essex keeps only Mid and South Essex.
    expect(hexesOf('Norfolk and Suffolk')).toEqual(['E54000022', 'E54000023']);
    expect(hexesOf('Essex')).toEqual(['E54000026']);
    expect(hexesOf('West and North London')?.sort()).toEqual(['E54000027', 'E54000028']);
  });
});

/** A made-up feed: two systems on a tiny base layout, and a third that the layout has never seen. */
const madeUpSystem = (
  code: string,
  lon: number,
  lat: number,
  extra: Partial<System> = {},
): System => ({
  code,
  codeProvisional: false,
  name: `NHS ${code}`,
  shortName: code,
  regionCode: 'R1',
  population: 1000,
  validFrom: '2020-01-01',
  validTo: null,
  centroid: { lon, lat },
  ...extra,
});

const tinyBase: HexJson = {
  layout: 'odd-r',
  hexes: { West: { q: 0, r: 0 }, East: { q: 2, r: 0 }, Gone: { q: 1, r: 1 } },
};

const geography = (systems: System[], crosswalk: Feed['geography']['crosswalk'] = []) => ({
  geography: { regions: [{ code: 'R1', name: 'Region' }], systems, crosswalk, adjacency: [] },
});

describe('layoutForPeriod remembers what it worked out', () => {
  it('gives the same layout object for the same base, geography and period, and a new one otherwise', () => {
    const base = committedLayout();
    const feed = sampleFeed();
    const first = layoutForPeriod(base, feed, '2026-Q3');
    expect(layoutForPeriod(base, feed, '2026-Q3')).toBe(first);
    expect(layoutForPeriod(base, { geography: { ...feed.geography } }, '2026-Q3')).not.toBe(first);
    expect(layoutForPeriod(base, feed, '2025-Q4')).not.toBe(first);
  });
});

describe('layoutForPeriod for systems with no hex', () => {
  it('places a new system from its centroid in a free cell between the others', () => {
    const feed = geography([
      madeUpSystem('West', -2, 52),
      madeUpSystem('East', 0, 52),
      madeUpSystem('Middle', -1, 52),
    ]);
    const { layout, groups, unplaced } = layoutForPeriod(tinyBase, feed, '2025-Q1');
    expect(unplaced).toEqual([]);
    expect(groups.map((g) => g.code)).toEqual(['West', 'East', 'Middle']);
    expect(layout.hexes.Middle).toEqual({ q: 1, r: 0, n: 'Middle', region: 'R1' });
    expect(layout.hexes.West).toEqual(tinyBase.hexes.West);
  });

  it('lays out a feed from scratch when none of its systems is on the layout', () => {
    const feed = geography([
      madeUpSystem('A', -2, 52),
      madeUpSystem('B', -1, 52),
      madeUpSystem('C', -1.5, 53),
    ]);
    const { layout, groups, unplaced } = layoutForPeriod(tinyBase, feed, '2025-Q1');
    expect(unplaced).toEqual([]);
    expect(Object.keys(layout.hexes)).toEqual(['A', 'B', 'C']);
    expect(groups).toEqual([
      { code: 'A', hexIds: ['A'] },
      { code: 'B', hexIds: ['B'] },
      { code: 'C', hexIds: ['C'] },
    ]);
  });

  it('lists systems as unplaced when any of them has no centroid', () => {
    const feed = geography([
      madeUpSystem('West', -2, 52),
      madeUpSystem('Lost', 0, 0, { centroid: undefined }),
      madeUpSystem('Found', -1, 52),
    ]);
    const { layout, groups, unplaced } = layoutForPeriod(tinyBase, feed, '2025-Q1');
    expect(unplaced).toEqual(['Lost', 'Found']);
    expect(groups).toEqual([{ code: 'West', hexIds: ['West'] }]);
    expect(layout).toBe(tinyBase);
  });

  it('follows a chain of boundary changes back to a hex', () => {
    const feed = geography(
      [
        madeUpSystem('West', -2, 52),
        madeUpSystem('Gone', -1, 53, { validTo: '2024-03-31' }),
        madeUpSystem('Between', -1, 53, { validFrom: '2024-04-01', validTo: '2025-03-31' }),
        madeUpSystem('Now', -1, 53, { validFrom: '2025-04-01' }),
      ],
      [
        { from: 'Gone', to: [{ code: 'Between', populationShare: 1 }] },
        { from: 'Between', to: [{ code: 'Now', populationShare: 1 }] },
      ],
    );
    expect(layoutForPeriod(tinyBase, feed, '2025-Q3').groups).toEqual([
      { code: 'West', hexIds: ['West'] },
      { code: 'Now', hexIds: ['Gone'] },
    ]);
  });
});

describe('rememberLayoutForPeriod (a layout worked out in the feed worker)', () => {
  it('is what layoutForPeriod answers for those inputs afterwards, and only for them', () => {
    const base = committedLayout();
    const feed = sampleFeed();
    const fromWorker = { layout: base, groups: [], unplaced: ['placed elsewhere'] };
    rememberLayoutForPeriod(base, feed, '2025-Q4', fromWorker);
    expect(layoutForPeriod(base, feed, '2025-Q4')).toBe(fromWorker);
    expect(layoutForPeriod(base, feed, '2025-Q3')).not.toBe(fromWorker);
    expect(layoutForPeriod(base, { geography: { ...feed.geography } }, '2025-Q4')).not.toBe(
      fromWorker,
    );
  });
});
