/**
 * Neighbour repair: starting from the displacement-minimising assignment, a seeded simulated
 * annealing over moves (into a free cell, or a swap of two systems) escapes the local optima that
 * plain hill climbing gets stuck in; a final best-improvement hill climb polishes the result.
 * Seeded, so the same input always gives the same layout.
 */
import type { OffsetCoord } from '../../src/domain/geography/hex-offset';
import { mulberry32 } from '../../src/domain/random/mulberry32';
import type { LayoutProblem } from './layout-state';
import { LayoutState } from './layout-state';

export interface RepairOptions {
  seed: number;
  /** Annealing steps; 0 for hill climbing only. */
  steps: number;
  startTemperature: number;
  endTemperature: number;
  /** How far (grid units) one annealing move may take a system. */
  radius: number;
}

export const DEFAULT_REPAIR: RepairOptions = {
  seed: 1,
  steps: 150_000,
  startTemperature: 1,
  endTemperature: 0.05,
  radius: 2,
};

export interface Repaired {
  cells: Map<string, OffsetCoord>;
  /** The final score (see LayoutState): higher is better. */
  score: number;
}

export function repairNeighbours(
  problem: LayoutProblem,
  options: RepairOptions = DEFAULT_REPAIR,
): Repaired {
  const state = new LayoutState(problem);
  anneal(state, options);
  hillClimb(state);
  return { cells: state.result(), score: state.score() };
}

function anneal(state: LayoutState, options: RepairOptions): void {
  const random = mulberry32(options.seed);
  const { codes } = state;
  const cooling = options.endTemperature / options.startTemperature;
  let current = 0;
  let best = 0;
  let bestSnapshot = state.snapshot();
  for (let step = 0; step < options.steps; step += 1) {
    const temperature = options.startTemperature * cooling ** (step / options.steps);
    const code = codes[Math.floor(random() * codes.length)]!;
    const nearby = state.nearbyCells(code, options.radius);
    const key = nearby[Math.floor(random() * nearby.length)];
    if (key === undefined) continue;
    const move = state.moveTo(code, key);
    if (!move) continue;
    const gain = state.gain(move);
    if (gain === -Infinity) continue;
    if (gain >= 0 || random() < Math.exp(gain / temperature)) {
      state.apply(move);
      current += gain;
      if (current > best + 1e-9) {
        best = current;
        bestSnapshot = state.snapshot();
      }
    }
  }
  state.restore(bestSnapshot);
}

/** Takes the best improving move, in a fixed scan order, until no move improves the score. */
export function hillClimb(state: LayoutState, maxSteps = 10_000): void {
  for (let step = 0; step < maxSteps; step += 1) {
    let best: { move: NonNullable<ReturnType<LayoutState['moveTo']>>; gain: number } | null = null;
    for (const code of state.codes) {
      for (const key of state.cellKeys) {
        const move = state.moveTo(code, key);
        if (!move || ('swapWith' in move && move.swapWith < code)) continue;
        const gain = state.gain(move);
        if (gain > 1e-9 && (!best || gain > best.gain + 1e-9)) best = { move, gain };
      }
    }
    if (!best) return;
    state.apply(best.move);
  }
}
