import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HexLayout } from './hexjson';
import { areNeighbours, gridPosition, isShifted, offsetNeighbours } from './hex-offset';

const LAYOUTS: HexLayout[] = ['odd-r', 'even-r', 'odd-q', 'even-q'];

describe('offsetNeighbours (odd-r)', () => {
  it.each([
    // An even row is not shoved: its neighbours above and below are up-left and up-right of q-1, q.
    [
      'an even row',
      2,
      2,
      [
        [3, 2],
        [2, 3],
        [1, 3],
        [1, 2],
        [1, 1],
        [2, 1],
      ],
    ],
    // An odd row sits half a hex to the right: its neighbours above and below are q and q+1.
    [
      'an odd row',
      2,
      3,
      [
        [3, 3],
        [3, 4],
        [2, 4],
        [1, 3],
        [2, 2],
        [3, 2],
      ],
    ],
    [
      'a negative odd row',
      0,
      -1,
      [
        [1, -1],
        [1, 0],
        [0, 0],
        [-1, -1],
        [0, -2],
        [1, -2],
      ],
    ],
  ])('lists the six cells around %s', (_label, q, r, expected) => {
    expect(offsetNeighbours('odd-r', q, r).map((c) => [c.q, c.r])).toEqual(expected);
  });
});

describe('offsetNeighbours (all layouts)', () => {
  const coord = fc.record({
    q: fc.integer({ min: -20, max: 20 }),
    r: fc.integer({ min: -20, max: 20 }),
  });

  it.each(LAYOUTS)('%s: neighbours are mutual and exactly one hex apart', (layout) => {
    fc.assert(
      fc.property(coord, ({ q, r }) => {
        const here = gridPosition(layout, q, r);
        for (const n of offsetNeighbours(layout, q, r)) {
          expect(areNeighbours(layout, n, { q, r })).toBe(true);
          const there = gridPosition(layout, n.q, n.r);
          expect(Math.hypot(there.x - here.x, there.y - here.y)).toBeCloseTo(1, 9);
        }
      }),
    );
  });

  it.each(LAYOUTS)('%s: six distinct neighbours, none of them the cell itself', (layout) => {
    const around = offsetNeighbours(layout, 3, 4).map((c) => `${c.q},${c.r}`);
    expect(new Set(around).size).toBe(6);
    expect(around).not.toContain('3,4');
  });
});

describe('isShifted', () => {
  it.each([
    ['odd-r', 0, 1, true],
    ['odd-r', 0, -1, true],
    ['odd-r', 5, 2, false],
    ['even-r', 0, 2, true],
    ['odd-q', 1, 0, true],
    ['even-q', -2, 0, true],
  ] as const)('%s q=%i r=%i → %s', (layout, q, r, expected) => {
    expect(isShifted(layout, q, r)).toBe(expected);
  });
});
