import type { HexJson } from '../../src/domain/geography/hexjson';

/**
 * Pretty JSON (2-space, trailing newline) with a fixed key order: `layout`, then the hexes sorted
 * by id, each as q, r, n, region. The same layout always gives the same bytes.
 */
export function serialiseHexJson(hexjson: HexJson): string {
  const ids = Object.keys(hexjson.hexes).sort();
  const hexes = Object.fromEntries(
    ids.map((id) => {
      const { q, r, n, region } = hexjson.hexes[id]!;
      return [
        id,
        { q, r, ...(n === undefined ? {} : { n }), ...(region === undefined ? {} : { region }) },
      ];
    }),
  );
  return `${JSON.stringify({ layout: hexjson.layout, hexes }, null, 2)}\n`;
}
