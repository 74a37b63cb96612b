import { describe, expect, it } from 'vitest';
import { rankMoves } from './rank-moves';

describe('rankMoves', () => {
  it('orders by the size of the move, then by the new rank', () => {
    const published = { A: 1, B: 2, C: 3, D: 4 };
    const current = { A: 3, B: 1, C: 2, D: 4 };
    expect(rankMoves(['A', 'B', 'C', 'D'], published, current)).toEqual([
      { code: 'A', publishedRank: 1, rank: 3, moved: -2 },
      { code: 'B', publishedRank: 2, rank: 1, moved: 1 },
      { code: 'C', publishedRank: 3, rank: 2, moved: 1 },
      { code: 'D', publishedRank: 4, rank: 4, moved: 0 },
    ]);
  });

  it('keeps unranked systems, without a move', () => {
    expect(rankMoves(['A', 'B'], { A: 1 }, { A: 1, B: 2 })).toEqual([
      { code: 'A', publishedRank: 1, rank: 1, moved: 0 },
      { code: 'B', publishedRank: null, rank: 2, moved: null },
    ]);
  });

  it('is empty for no systems', () => {
    expect(rankMoves([], {}, {})).toEqual([]);
  });
});
