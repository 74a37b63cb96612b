/**
 * hexAreas draws each system's outline from its own cells only; this holds it to the old
 * definition, groupOutline over every cell of the layout, on seeded random groupings of the real
 * layout: scattered and contiguous hexes, ids in any order, repeated and unknown ids.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hexCells } from '../geography/hex-geometry';
import { parseHexJson } from '../geography/hexjson';
import { groupOutline } from '../geography/vintage-layout';
import { mulberry32 } from '../random/mulberry32';
import { hexAreas } from './hex-map-model';
import type { MapDatum } from './map-model';

const parsed = parseHexJson(JSON.parse(readFileSync('public/geo/icb23.hexjson', 'utf8')));
if (!parsed.ok) throw new Error(parsed.reason);
const { cells } = hexCells(parsed.layout, 24);

function datum(code: string): MapDatum {
  return {
    code,
    name: code,
    regionCode: 'R1',
    value: 50,
    completeness: 1,
    lowConfidence: false,
    rank: null,
    interval: null,
    vsEngland: 'similar',
    changeOverYear: null,
    unavailable: null,
    label: code,
  };
}

/** Hex ids dealt into groups of 1 to 6: a run of neighbours in layout order, or a random pick. */
function randomGroups(seed: number) {
  const random = mulberry32(seed);
  const ids = cells.map((cell) => cell.id);
  const groups: { code: string; hexIds: string[] }[] = [];
  let at = 0;
  while (at < ids.length) {
    const size = 1 + Math.floor(random() * 6);
    const hexIds =
      random() < 0.5
        ? ids.slice(at, at + size)
        : Array.from({ length: size }, () => ids[Math.floor(random() * ids.length)] ?? '');
    // Any order, sometimes a repeat or an id the layout lacks.
    hexIds.sort(() => random() - 0.5);
    if (random() < 0.1 && hexIds[0]) hexIds.push(hexIds[0]);
    if (random() < 0.05) hexIds.push('NOT-A-HEX');
    groups.push({ code: `G${groups.length}`, hexIds });
    at += size;
  }
  return groups;
}

describe('hexAreas outlines', () => {
  it('has a layout to test on', () => {
    expect(cells.length).toBeGreaterThan(40);
  });

  it.each([1, 2, 3, 42, 2026])('match groupOutline over every cell (seed %i)', (seed) => {
    const groups = randomGroups(seed);
    const areas = hexAreas(
      cells,
      groups,
      groups.map((group) => datum(group.code)),
      'score',
    );
    const byCode = new Map(groups.map((group) => [group.code, group.hexIds]));
    expect(areas.length).toBeGreaterThan(5);
    for (const area of areas) {
      expect(area.outline).toBe(groupOutline(cells, byCode.get(area.code) ?? []));
    }
    // Some areas are in more than one piece, so the loops' order is tested too.
    expect(areas.some((area) => area.outline.split('M').length > 2)).toBe(true);
  });
});
