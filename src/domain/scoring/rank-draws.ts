/**
 * The Monte Carlo behind rank intervals. The period's scores are laid out once, per system with
 * each category's standards side by side; each draw then only multiplies weights and sums, into
 * typed arrays allocated before the loop, so 1,000 draws for the bundled feed take milliseconds.
 *
 * The sums run in the same order as sumCategories and overallOf (category by category, standards
 * in catalogue order within each), so a draw with unperturbed weights gives scoreFeed's overall
 * scores exactly; a test holds the two to that.
 */
import type { RandomSource } from '../random/mulberry32';
import { tidy } from './precision';
import { rankInto } from './rank-order';
import type { WeightVectors } from './weight-vectors';

export interface RankProblem {
  /** Period matrix (systems x standards, NaN = not reported). */
  matrix: Float64Array;
  /** Matrix rows of the systems being ranked. */
  rows: Int32Array;
  standardCategory: Int32Array;
  weights: WeightVectors;
}

/** The problem rearranged for the draws: columns grouped by category. */
interface Layout {
  /** Catalogue position of each column. */
  columns: Int32Array;
  /** Columns of category c are runStart[c] to runStart[c + 1] - 1. */
  runStart: Int32Array;
  /** Ranked systems x columns, 0 where not reported. */
  scores: Float64Array;
  /** 1 where reported, 0 where not: lets the inner loop run without branches. */
  present: Float64Array;
}

function layoutOf(problem: RankProblem): Layout {
  const categories = problem.weights.category.length;
  const columnList: number[] = [];
  const runStart = new Int32Array(categories + 1);
  for (let c = 0; c < categories; c++) {
    runStart[c] = columnList.length;
    problem.standardCategory.forEach((category, s) => {
      if (category === c) columnList.push(s);
    });
  }
  runStart[categories] = columnList.length;
  const columns = Int32Array.from(columnList);
  const standards = problem.weights.standard.length;
  const scores = new Float64Array(problem.rows.length * columns.length);
  const present = new Float64Array(scores.length);
  problem.rows.forEach((row, i) => {
    columns.forEach((s, k) => {
      const score = problem.matrix[row * standards + s]!;
      const cell = i * columns.length + k;
      scores[cell] = Number.isNaN(score) ? 0 : score;
      present[cell] = Number.isNaN(score) ? 0 : 1;
    });
  });
  return { columns, runStart, scores, present };
}

export interface Scratch {
  categoryWeights: Float64Array;
  /** Per column of the layout. */
  columnWeights: Float64Array;
  overalls: Float64Array;
  order: Int32Array;
  ranks: Int32Array;
}

function scratchFor(problem: RankProblem, layout: Layout): Scratch {
  const systems = problem.rows.length;
  return {
    categoryWeights: new Float64Array(problem.weights.category.length),
    columnWeights: new Float64Array(layout.columns.length),
    overalls: new Float64Array(systems),
    order: new Int32Array(systems),
    ranks: new Int32Array(systems),
  };
}

/**
 * One system's overall: the arithmetic of sumCategories + overallOf, run by run. A missing score
 * adds w x 0 to the sum and w x 0 to the weight reported, which leaves both exactly as skipping
 * it would.
 */
function overallAt(layout: Layout, scratch: Scratch, offset: number): number {
  const { runStart, scores, present } = layout;
  const { categoryWeights, columnWeights } = scratch;
  let total = 0;
  let weight = 0;
  for (let c = 0; c < categoryWeights.length; c++) {
    const categoryWeight = categoryWeights[c]!;
    if (categoryWeight === 0) continue;
    let sum = 0;
    let reported = 0;
    for (let k = runStart[c]!; k < runStart[c + 1]!; k++) {
      const w = columnWeights[k]!;
      sum += w * scores[offset + k]!;
      reported += w * present[offset + k]!;
    }
    if (reported === 0) continue;
    total += categoryWeight * (sum / reported);
    weight += categoryWeight;
  }
  return weight > 0 ? tidy(total / weight) : Number.NaN;
}

/** Every weight times U(0.5, 1.5): categories first, then standards, in catalogue order. */
function perturbWeights(
  base: WeightVectors,
  layout: Layout,
  standardWeights: Float64Array,
  scratch: Scratch,
  random: RandomSource,
): void {
  for (let c = 0; c < base.category.length; c++) {
    scratch.categoryWeights[c] = base.category[c]! * (0.5 + random());
  }
  for (let s = 0; s < base.standard.length; s++) {
    standardWeights[s] = base.standard[s]! * (0.5 + random());
  }
  for (let k = 0; k < layout.columns.length; k++) {
    scratch.columnWeights[k] = standardWeights[layout.columns[k]!]!;
  }
}

function overallsInto(layout: Layout, scratch: Scratch): void {
  const width = layout.columns.length;
  for (let i = 0; i < scratch.overalls.length; i++) {
    scratch.overalls[i] = overallAt(layout, scratch, i * width);
  }
}

/** Overall scores of the ranked systems under the given weights, by the draws' arithmetic. */
export function overallsUnder(problem: RankProblem, weights: WeightVectors): Float64Array {
  const layout = layoutOf(problem);
  const scratch = scratchFor(problem, layout);
  scratch.categoryWeights.set(weights.category);
  layout.columns.forEach((s, k) => (scratch.columnWeights[k] = weights.standard[s]!));
  overallsInto(layout, scratch);
  return scratch.overalls;
}

/** Ranks per draw, system-major: draw d of system i is at i * draws + d. */
export function drawRanks(problem: RankProblem, draws: number, random: RandomSource): Int32Array {
  const layout = layoutOf(problem);
  const scratch = scratchFor(problem, layout);
  const standardWeights = new Float64Array(problem.weights.standard.length);
  const systems = problem.rows.length;
  const result = new Int32Array(systems * draws);
  for (let d = 0; d < draws; d++) {
    perturbWeights(problem.weights, layout, standardWeights, scratch, random);
    overallsInto(layout, scratch);
    rankInto(scratch.overalls, scratch.order, scratch.ranks);
    for (let i = 0; i < systems; i++) result[i * draws + d] = scratch.ranks[i]!;
  }
  return result;
}
