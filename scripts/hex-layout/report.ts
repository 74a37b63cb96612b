/** The build report: what the layout keeps of the real map, in plain words and numbers. */
import type { HexJson } from '../../src/domain/geography/hexjson';
import type { BuiltLayout } from './build-layout';
import { countPatches } from './connectivity';
import { sketchLayout } from './sketch';

export function gridSize(hexjson: HexJson) {
  const hexes = Object.values(hexjson.hexes);
  const qs = hexes.map((h) => h.q);
  const rs = hexes.map((h) => h.r);
  return {
    columns: Math.max(...qs) - Math.min(...qs) + 1,
    rows: Math.max(...rs) - Math.min(...rs) + 1,
    minR: Math.min(...rs),
    maxR: Math.max(...rs),
    maxQ: Math.max(...qs),
  };
}

export function formatReport(
  built: BuiltLayout,
  outputPath: string,
  /** Groups to report as one patch or several: London, the regions. */
  groups: readonly { name: string; codes: readonly string[] }[],
): string[] {
  const { hexjson, borders } = built;
  const size = gridSize(hexjson);
  const total = borders.kept.length + borders.lost.length;
  const share = total === 0 ? 100 : (100 * borders.kept.length) / total;
  const name = (code: string) => hexjson.hexes[code]?.n ?? code;
  const cellsUsed = Object.keys(hexjson.hexes).length;
  const lines = [
    `Hex layout written to ${outputPath}`,
    `layout odd-r; r increases northwards (r=${size.minR} is the southernmost row)`,
    `cells used: ${cellsUsed} of ${size.columns * size.rows} in a grid of ${size.columns} columns x ${size.rows} rows`,
    `scale ${built.scale} hex widths per degree of latitude, grid offset (${built.offset.x.toFixed(2)}, ${built.offset.y.toFixed(2)})`,
    `mean displacement: ${built.meanDisplacement.toFixed(2)} hex widths from each scaled centroid`,
    `kept ${borders.kept.length} of ${total} real borders (${share.toFixed(1)}%)${share < 75 ? ' - below the 75% aim' : ''}`,
    `false neighbours (hexes touching with no real border): ${borders.falseNeighbours.length}`,
    ...groups.map((group) => {
      const cells = group.codes.map((code) => hexjson.hexes[code]).filter((h) => h !== undefined);
      const patches = countPatches(cells);
      return `${group.name}: ${cells.length} hexes in ${patches === 1 ? 'one patch' : `${patches} patches`}`;
    }),
    `lost borders: ${borders.lost.map((b) => `${name(b.a)} / ${name(b.b)}`).join('; ') || 'none'}`,
    '',
    ...sketchLayout(hexjson),
  ];
  return lines;
}
