import type { OffsetCoord } from '../../src/domain/geography/hex-offset';
import { cellKey, offsetNeighbours } from '../../src/domain/geography/hex-offset';

/** How many separate patches the cells make, counting cells that share an edge as one patch. */
export function countPatches(cells: readonly OffsetCoord[]): number {
  const unseen = new Map(cells.map((c) => [cellKey(c.q, c.r), c]));
  let patches = 0;
  for (const [key, first] of unseen) {
    unseen.delete(key);
    patches += 1;
    const queue: OffsetCoord[] = [first];
    for (let cell = queue.pop(); cell; cell = queue.pop()) {
      for (const n of offsetNeighbours('odd-r', cell.q, cell.r)) {
        const next = unseen.get(cellKey(n.q, n.r));
        if (next) {
          unseen.delete(cellKey(n.q, n.r));
          queue.push(next);
        }
      }
    }
  }
  return patches;
}
