/**
 * The fixed geometry the neighbour repair works on: odd-r cells by key ("q,r"), their centres in
 * grid units and their neighbours, computed once and cached because the search asks millions of
 * times.
 */
import type { OffsetCoord } from '../../src/domain/geography/hex-offset';
import { cellKey, gridPosition, offsetNeighbours } from '../../src/domain/geography/hex-offset';

export class CellGrid {
  /** Keys of the cells systems may move into, sorted. */
  readonly allowedKeys: readonly string[];
  private readonly coords = new Map<string, OffsetCoord>();
  private readonly centres = new Map<string, { x: number; y: number }>();
  private readonly neighbourKeys = new Map<string, string[]>();
  private readonly nearbyKeys = new Map<string, readonly string[]>();

  constructor(allowed: readonly OffsetCoord[], others: Iterable<OffsetCoord> = []) {
    for (const c of [...allowed, ...others]) this.coords.set(cellKey(c.q, c.r), c);
    this.allowedKeys = [...new Set(allowed.map((c) => cellKey(c.q, c.r)))].sort();
  }

  coord(key: string): OffsetCoord {
    const known = this.coords.get(key);
    if (known) return known;
    const [q = 0, r = 0] = key.split(',').map(Number);
    const coord = { q, r };
    this.coords.set(key, coord);
    return coord;
  }

  centre(key: string): { x: number; y: number } {
    const known = this.centres.get(key);
    if (known) return known;
    const { q, r } = this.coord(key);
    const centre = gridPosition('odd-r', q, r);
    this.centres.set(key, centre);
    return centre;
  }

  neighbours(key: string): string[] {
    const known = this.neighbourKeys.get(key);
    if (known) return known;
    const { q, r } = this.coord(key);
    const found = offsetNeighbours('odd-r', q, r).map((n) => cellKey(n.q, n.r));
    this.neighbourKeys.set(key, found);
    return found;
  }

  /** Allowed cells other than `key` within `radius` grid units of it, nearest first. */
  nearby(key: string, radius: number): readonly string[] {
    const cacheKey = `${key}/${radius}`;
    const known = this.nearbyKeys.get(cacheKey);
    if (known) return known;
    const here = this.centre(key);
    const found = this.allowedKeys
      .map((other) => {
        const there = this.centre(other);
        return { other, d: Math.hypot(there.x - here.x, there.y - here.y) };
      })
      .filter(({ d }) => d > 0 && d <= radius + 1e-9)
      .sort((a, b) => a.d - b.d || (a.other < b.other ? -1 : 1))
      .map(({ other }) => other);
    this.nearbyKeys.set(cacheKey, found);
    return found;
  }

  /** How many separate patches the cells make (as countPatches, on cached keys: this runs often). */
  patches(keys: readonly string[]): number {
    const unseen = new Set(keys);
    let patches = 0;
    for (const first of unseen) {
      unseen.delete(first);
      patches += 1;
      const stack = [first];
      for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
        for (const next of this.neighbours(key)) {
          if (unseen.delete(next)) stack.push(next);
        }
      }
    }
    return patches;
  }
}
