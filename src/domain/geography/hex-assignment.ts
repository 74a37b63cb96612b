/**
 * Minimum-cost assignment (the Hungarian method with potentials, O(n²·m)): gives each of n rows
 * its own column out of m ≥ n so that the summed cost is as small as possible. Deterministic: the
 * same matrix always gives the same answer, ties included.
 */
export function minCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  if (n === 0) return [];
  if (m < n) throw new Error(`cannot give ${n} rows their own column out of ${m}`);
  if (cost.some((row) => row.length !== m || row.some((c) => !Number.isFinite(c)))) {
    throw new Error('the cost matrix must be rectangular and finite');
  }
  // 1-based, as in the textbook statement; index 0 is the virtual starting column.
  const rowPotential = new Array<number>(n + 1).fill(0);
  const colPotential = new Array<number>(m + 1).fill(0);
  const rowOfCol = new Array<number>(m + 1).fill(0);
  const previous = new Array<number>(m + 1).fill(0);
  for (let row = 1; row <= n; row += 1) {
    rowOfCol[0] = row;
    let col = 0;
    const slack = new Array<number>(m + 1).fill(Infinity);
    const visited = new Array<boolean>(m + 1).fill(false);
    do {
      visited[col] = true;
      const r = rowOfCol[col]!;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= m; j += 1) {
        if (visited[j]) continue;
        const reduced = cost[r - 1]![j - 1]! - rowPotential[r]! - colPotential[j]!;
        if (reduced < slack[j]!) {
          slack[j] = reduced;
          previous[j] = col;
        }
        if (slack[j]! < delta) {
          delta = slack[j]!;
          next = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (visited[j]) {
          rowPotential[rowOfCol[j]!]! += delta;
          colPotential[j]! -= delta;
        } else {
          slack[j]! -= delta;
        }
      }
      col = next;
    } while (rowOfCol[col] !== 0);
    do {
      const back = previous[col]!;
      rowOfCol[col] = rowOfCol[back]!;
      col = back;
    } while (col !== 0);
  }
  const columnOfRow = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j += 1) {
    const r = rowOfCol[j]!;
    if (r > 0) columnOfRow[r - 1] = j - 1;
  }
  return columnOfRow;
}
