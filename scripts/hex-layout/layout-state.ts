/**
 * The mutable state of the neighbour repair: which system sits in which cell, and the score of a
 * change. The score rewards kept borders, penalises false neighbours and squared displacement.
 */
import type { GridTarget } from '../../src/domain/geography/auto-layout';
import type { OffsetCoord } from '../../src/domain/geography/hex-offset';
import { cellKey } from '../../src/domain/geography/hex-offset';
import type { Border } from './border-count';
import { CellGrid } from './cell-grid';
import { turnCost } from './turn-cost';

export interface RepairWeights {
  borderWeight: number;
  falseNeighbourWeight: number;
  displacementWeight: number;
  /** Cost of a real neighbour seen from the wrong side: weight × (1 − cos of the turn)². */
  directionWeight: number;
  /** Cost per filled neighbour beyond four around an empty cell (a hole or deep notch). */
  holeWeight: number;
  /** Cost of each extra patch a preferred-together group (a region) is split into. */
  splitWeight: number;
}

export interface LayoutProblem {
  targets: readonly GridTarget[];
  start: ReadonlyMap<string, OffsetCoord>;
  /** Cells a system may move into. */
  allowed: readonly OffsetCoord[];
  borders: readonly Border[];
  /** Groups of systems whose hexes must stay one connected patch (London). */
  keepTogether: readonly (readonly string[])[];
  /** Groups that should rather be one patch (regions): each extra patch costs `splitWeight`. */
  preferTogether: readonly (readonly string[])[];
  weights: RepairWeights;
}

export type Move = { code: string; to: string } | { code: string; swapWith: string };

export class LayoutState {
  readonly codes: readonly string[];
  readonly cellKeys: readonly string[];
  private readonly grid: CellGrid;
  private readonly at = new Map<string, string>();
  private readonly occupant = new Map<string, string>();
  private readonly targets: Map<string, GridTarget>;
  private readonly realNeighbours = new Map<string, Set<string>>();

  constructor(private readonly problem: LayoutProblem) {
    this.grid = new CellGrid(problem.allowed, problem.start.values());
    this.targets = new Map(problem.targets.map((t) => [t.code, t]));
    for (const [code, c] of problem.start) this.place(code, cellKey(c.q, c.r));
    for (const { a, b } of problem.borders) {
      this.realNeighbours.set(a, (this.realNeighbours.get(a) ?? new Set()).add(b));
      this.realNeighbours.set(b, (this.realNeighbours.get(b) ?? new Set()).add(a));
    }
    this.codes = [...problem.start.keys()].sort();
    this.cellKeys = this.grid.allowedKeys;
  }

  /** The move that puts `code` into `key`: a move into a free cell or a swap; null if it is there. */
  moveTo(code: string, key: string): Move | null {
    const other = this.occupant.get(key);
    if (other === code) return null;
    return other === undefined ? { code, to: key } : { code, swapWith: other };
  }

  /**
   * Change in score if `move` were made; -Infinity when it would split a keep-together group into
   * more patches (a group that starts split may only come together).
   */
  gain(move: Move): number {
    const moved = 'to' in move ? [move.code] : [move.code, move.swapWith];
    const from = this.at.get(move.code)!;
    const hard = this.groupsOf(this.problem.keepTogether, moved);
    const soft = this.groupsOf(this.problem.preferTogether, moved);
    const patchesBefore = hard.map((group) => this.patches(group));
    // A swap leaves the same cells filled, so only a move into a free cell can open or fill a hole.
    const around = 'to' in move ? this.around([from, move.to]) : [];
    const before = this.local(moved) - this.holes(around) - this.splits(soft);
    this.apply(move);
    const allowed = hard.every((group, i) => this.patches(group) <= patchesBefore[i]!);
    const after = this.local(moved) - this.holes(around) - this.splits(soft);
    this.apply('to' in move ? { code: move.code, to: from } : move);
    return allowed ? after - before : -Infinity;
  }

  apply(move: Move): void {
    if ('to' in move) {
      this.occupant.delete(this.at.get(move.code)!);
      this.place(move.code, move.to);
    } else {
      const [a, b] = [this.at.get(move.code)!, this.at.get(move.swapWith)!];
      this.place(move.code, b);
      this.place(move.swapWith, a);
    }
  }

  /** The whole score from scratch: the sum that `gain` changes incrementally. */
  score(): number {
    const { borderWeight, falseNeighbourWeight, displacementWeight, directionWeight } =
      this.problem.weights;
    let total =
      -this.holes(this.around([...this.occupant.keys()])) -
      this.splits(this.problem.preferTogether);
    for (const code of this.codes) {
      const key = this.at.get(code)!;
      const centre = this.grid.centre(key);
      const real = this.realNeighbours.get(code);
      total -= displacementWeight * this.displacement(code);
      for (const neighbour of this.grid.neighbours(key)) {
        const other = this.occupant.get(neighbour);
        if (other !== undefined && other > code) {
          total += real?.has(other) ? borderWeight : -falseNeighbourWeight;
        }
      }
      for (const other of real ?? []) {
        if (other > code)
          total -= directionWeight * this.turn(centre, this.targets.get(code)!, other);
      }
    }
    return total;
  }

  snapshot(): Map<string, string> {
    return new Map(this.at);
  }

  restore(snapshot: ReadonlyMap<string, string>): void {
    this.at.clear();
    this.occupant.clear();
    for (const [code, key] of snapshot) this.place(code, key);
  }

  result(): Map<string, OffsetCoord> {
    return new Map(this.codes.map((code) => [code, this.grid.coord(this.at.get(code)!)]));
  }

  /** Allowed cells within `radius` grid units of the cell `code` is in, nearest first. */
  nearbyCells(code: string, radius: number): readonly string[] {
    return this.grid.nearby(this.at.get(code)!, radius);
  }

  private place(code: string, key: string): void {
    this.at.set(code, key);
    this.occupant.set(key, code);
  }

  /** Score of the displacement and every pair touching `codes` (pairs among them count twice). */
  private local(codes: readonly string[]): number {
    const { borderWeight, falseNeighbourWeight, displacementWeight, directionWeight } =
      this.problem.weights;
    let score = 0;
    for (const code of codes) {
      const key = this.at.get(code)!;
      const target = this.targets.get(code)!;
      const centre = this.grid.centre(key);
      score -= displacementWeight * this.displacement(code);
      const real = this.realNeighbours.get(code);
      for (const neighbour of this.grid.neighbours(key)) {
        const other = this.occupant.get(neighbour);
        if (other === undefined) continue;
        score += real?.has(other) ? borderWeight : -falseNeighbourWeight;
      }
      for (const other of real ?? []) {
        // A pair between two moved systems is seen from both ends: half from each.
        const share = codes.includes(other) ? 0.5 : 1;
        score -= share * directionWeight * this.turn(centre, target, other);
      }
    }
    return score;
  }

  /** 0 when `other` lies in the same direction as on the real map, rising to 4 when opposite. */
  private turn(centre: { x: number; y: number }, target: GridTarget, other: string): number {
    const there = this.grid.centre(this.at.get(other)!);
    const real = this.targets.get(other)!;
    return turnCost(there.x - centre.x, there.y - centre.y, real.x - target.x, real.y - target.y);
  }

  private displacement(code: string): number {
    const centre = this.grid.centre(this.at.get(code)!);
    const target = this.targets.get(code)!;
    return (centre.x - target.x) ** 2 + (centre.y - target.y) ** 2;
  }

  private around(keys: readonly string[]): string[] {
    return [...new Set(keys.flatMap((key) => [key, ...this.grid.neighbours(key)]))];
  }

  /** Empty cells hemmed in by more than four filled neighbours read as holes in the map. */
  private holes(keys: readonly string[]): number {
    let penalty = 0;
    for (const key of keys) {
      if (this.occupant.has(key)) continue;
      let filled = 0;
      for (const n of this.grid.neighbours(key)) if (this.occupant.has(n)) filled += 1;
      penalty += Math.max(0, filled - 4);
    }
    return this.problem.weights.holeWeight * penalty;
  }

  /** Groups whose set of cells a move changes: a swap of two members changes nothing. */
  private groupsOf(
    groups: readonly (readonly string[])[],
    moved: readonly string[],
  ): (readonly string[])[] {
    return groups.filter((group) => {
      const inside = moved.filter((code) => group.includes(code)).length;
      return inside > 0 && !(moved.length === 2 && inside === 2);
    });
  }

  private splits(groups: readonly (readonly string[])[]): number {
    let extra = 0;
    for (const group of groups) extra += Math.max(0, this.patches(group) - 1);
    return this.problem.weights.splitWeight * extra;
  }

  private patches(group: readonly string[]): number {
    return this.grid.patches(group.map((code) => this.at.get(code)!));
  }
}
