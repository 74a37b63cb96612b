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
  // 1-based, as in the textbook statement; index 0 is the virtual starting column. Typed arrays
  // and one row read per step: a feed placing 1,000 systems from centroids does about 10⁹ steps
  // here, on the page's main thread (the arithmetic, and so every result, is the same).
  const rowPotential = new Float64Array(n + 1);
  const colPotential = new Float64Array(m + 1);
  const rowOfCol = new Int32Array(m + 1);
  const previous = new Int32Array(m + 1);
  const slack = new Float64Array(m + 1);
  const visited = new Uint8Array(m + 1);
  for (let row = 1; row <= n; row += 1) {
    rowOfCol[0] = row;
    let col = 0;
    slack.fill(Infinity);
    visited.fill(0);
    do {
      visited[col] = 1;
      const r = rowOfCol[col]!;
      const costs = cost[r - 1]!;
      const potential = rowPotential[r]!;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= m; j += 1) {
        if (visited[j] === 1) continue;
        const reduced = costs[j - 1]! - potential - colPotential[j]!;
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
        if (visited[j] === 1) {
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
