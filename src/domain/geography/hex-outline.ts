/**
 * Outlines of groups of hexes (a merged system, a region) and the edges where two groups meet.
 * Corners are matched by their text in `points`, which hexCells makes identical for a corner that
 * two hexes share.
 */
import type { HexCell, HexGroup } from './hex-geometry';

export type Segment = [x1: number, y1: number, x2: number, y2: number];

export interface SharedEdge {
  a: string;
  b: string;
  segments: Segment[];
}

/** Each edge of a hex as [from, to] corner text, clockwise on screen. */
function edgesOf(cell: HexCell): [string, string][] {
  const corners = cell.points.split(' ');
  return corners.map((corner, i) => [corner, corners[(i + 1) % corners.length] ?? corner]);
}

const edgeKey = (from: string, to: string) => (from < to ? `${from} ${to}` : `${to} ${from}`);

/**
 * An SVG path `d` tracing the outer boundary of the hexes (edges not shared by two of them): one
 * closed loop per separate patch, and one per hole. Empty when no hex is found.
 */
export function groupOutline(cells: readonly HexCell[], hexIds: readonly string[]): string {
  const wanted = new Set(hexIds);
  const edges = cells.filter((cell) => wanted.has(cell.id)).flatMap(edgesOf);
  const uses = new Map<string, number>();
  for (const [from, to] of edges)
    uses.set(edgeKey(from, to), (uses.get(edgeKey(from, to)) ?? 0) + 1);
  const boundary = edges.filter(([from, to]) => uses.get(edgeKey(from, to)) === 1);
  // In a hex grid at most one boundary edge leaves any corner, so the loops never branch.
  const next = new Map(boundary);
  const visited = new Set<string>();
  const loops: string[] = [];
  for (const [start] of boundary) {
    if (visited.has(start)) continue;
    const loop: string[] = [];
    for (
      let at: string | undefined = start;
      at !== undefined && !visited.has(at);
      at = next.get(at)
    ) {
      visited.add(at);
      loop.push(at);
    }
    loops.push(`M${loop.join('L')}Z`);
  }
  return loops.join('');
}

/**
 * For each pair of groups whose hexes touch, the line segments they share, in group order (a
 * before b as in `groups`), each segment running as group a's hex draws it.
 */
export function sharedEdges(cells: readonly HexCell[], groups: readonly HexGroup[]): SharedEdge[] {
  const cellById = new Map(cells.map((cell) => [cell.id, cell]));
  const owners = new Map<string, { group: number; from: string; to: string }[]>();
  groups.forEach((group, index) => {
    for (const id of group.hexIds) {
      const cell = cellById.get(id);
      if (!cell) continue;
      for (const [from, to] of edgesOf(cell)) {
        const key = edgeKey(from, to);
        owners.set(key, [...(owners.get(key) ?? []), { group: index, from, to }]);
      }
    }
  });
  const pairs = new Map<string, { a: number; b: number; segments: Segment[] }>();
  for (const sides of owners.values()) {
    const [first, second] = sides;
    if (!first || !second || first.group === second.group) continue;
    const [lower, upper] = first.group < second.group ? [first, second] : [second, first];
    const key = `${lower.group} ${upper.group}`;
    const pair = pairs.get(key) ?? { a: lower.group, b: upper.group, segments: [] };
    pair.segments.push([...corner(lower.from), ...corner(lower.to)]);
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .sort((x, y) => x.a - y.a || x.b - y.b)
    .map(({ a, b, segments }) => ({
      a: groups[a]?.code ?? '',
      b: groups[b]?.code ?? '',
      segments,
    }));
}

function corner(text: string): [number, number] {
  const [x, y] = text.split(',').map(Number);
  return [x ?? 0, y ?? 0];
}
