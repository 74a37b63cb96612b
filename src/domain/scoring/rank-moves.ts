export interface RankMove {
  code: string;
  publishedRank: number | null;
  rank: number | null;
  /** Places gained (positive) or lost (negative) against the published weights. */
  moved: number | null;
}

/** How each system's rank moved, biggest moves first, then by the new rank. */
export function rankMoves(
  codes: readonly string[],
  published: Readonly<Record<string, number>>,
  current: Readonly<Record<string, number>>,
): RankMove[] {
  const moves = codes.map((code) => {
    const publishedRank = published[code] ?? null;
    const rank = current[code] ?? null;
    const moved = publishedRank !== null && rank !== null ? publishedRank - rank : null;
    return { code, publishedRank, rank, moved };
  });
  return moves.sort(
    (a, b) =>
      Math.abs(b.moved ?? 0) - Math.abs(a.moved ?? 0) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.code.localeCompare(b.code),
  );
}
