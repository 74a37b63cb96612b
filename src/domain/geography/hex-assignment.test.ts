import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minCostAssignment } from './hex-assignment';

const total = (cost: number[][], columns: number[]) =>
  columns.reduce((sum, col, row) => sum + (cost[row]?.[col] ?? NaN), 0);

function bruteForceBest(cost: number[][]): number {
  const m = cost[0]?.length ?? 0;
  let best = Infinity;
  const walk = (row: number, used: Set<number>, sum: number) => {
    if (row === cost.length) {
      best = Math.min(best, sum);
      return;
    }
    for (let col = 0; col < m; col += 1) {
      if (used.has(col)) continue;
      used.add(col);
      walk(row + 1, used, sum + (cost[row]?.[col] ?? 0));
      used.delete(col);
    }
  };
  walk(0, new Set(), 0);
  return best;
}

describe('minCostAssignment', () => {
  it.each([
    ['no rows', [], []],
    ['one row picks its cheapest column', [[5, 1, 3]], [1]],
    // Greedy would give row 0 column 0 (cost 1) and row 1 column 1 (cost 10): 11 in all.
    [
      'beats greedy',
      [
        [1, 2],
        [2, 10],
      ],
      [1, 0],
    ],
    [
      'a square case',
      [
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ],
      [1, 0, 2],
    ],
    // Both rows want column 0; the one with the cheaper second choice gives way.
    [
      'more columns than rows',
      [
        [0, 1, 4],
        [0, 4, 2],
      ],
      [1, 0],
    ],
  ])('%s', (_label, cost, expected) => {
    expect(minCostAssignment(cost)).toEqual(expected);
  });

  it('refuses more rows than columns, and non-finite costs', () => {
    expect(() => minCostAssignment([[1], [2]])).toThrow(/own column/);
    expect(() => minCostAssignment([[1, Infinity]])).toThrow(/finite/);
  });

  it('matches brute force on small matrices, with distinct columns', () => {
    const matrix = fc
      .record({ n: fc.integer({ min: 1, max: 4 }), extra: fc.integer({ min: 0, max: 2 }) })
      .chain(({ n, extra }) =>
        fc.array(
          fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n + extra, maxLength: n + extra }),
          {
            minLength: n,
            maxLength: n,
          },
        ),
      );
    fc.assert(
      fc.property(matrix, (cost) => {
        const columns = minCostAssignment(cost);
        expect(new Set(columns).size).toBe(cost.length);
        expect(total(cost, columns)).toBe(bruteForceBest(cost));
      }),
    );
  });
});
